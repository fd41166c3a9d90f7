namespace Samordna.Web.Domain;

/// <summary>The one culture the UI speaks: sv-SE numbers, dates and currency.</summary>
public static class SwedishCulture
{
    public static readonly CultureInfo Instance = CultureInfo.GetCultureInfo("sv-SE");

    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Today's date in Sweden, whatever the server's own time zone.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);

    public static string DateTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => DateText.Text(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    public static string Number(long value) => value.ToString("N0", Instance);

    public static string Number(decimal value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Instance);

    /// <summary>A count with the noun in Swedish number agreement: "1 punkt", "2 punkter", "0 punkter".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{Number(count)} {(count == 1 ? singular : plural)}";

    /// <summary>A change in money with its sign: "+12 000 kr", "−3 500 kr" (the culture's minus), "0 kr"; "–" for none.</summary>
    public static string Signed(Sek? amount) => amount is not { } a ? "–" : a.Ore > 0 ? "+" + a : a.ToString();

    public static string Percent(decimal fraction, int decimals = 1) =>
        (fraction * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Instance) + " %";
}
