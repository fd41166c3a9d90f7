using System.Text.RegularExpressions;

namespace Samordna.Web.Features.Registry.Rules;

/// <summary>The checks every association's basic facts pass, whether typed into a form, sent to the API or imported.</summary>
public static partial class AssociationFacts
{
    public static void Validate(ValidationErrors errors, string? name, string? code, string? organisationNumber, string? seatMunicipalityCode, DateOnly? formedOn)
    {
        errors.RequiredText("name", "Namn", name, 200);

        if (errors.Required("code", "Kod", code) && !IsValidCode(code!.Trim()))
        {
            errors.Add("code", CodeMessage);
        }

        if (!OrganisationNumber.TryParse(organisationNumber, out _, out var orgError))
        {
            errors.Add("organisationNumber", orgError!);
        }

        if (errors.Required("seatMunicipalityCode", "Säte (kommunkod)", seatMunicipalityCode) && !MunicipalityCode.TryParse(seatMunicipalityCode, out _))
        {
            errors.Add("seatMunicipalityCode", SeatMessage);
        }

        errors.Required("formedOn", "Bildat datum", formedOn);
    }

    public const string CodeMessage = "Kod får bara innehålla små bokstäver a–z, siffror och bindestreck (2–40 tecken).";

    public const string SeatMessage = "Säte ska anges som en kommunkod med fyra siffror, till exempel 0683.";

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
