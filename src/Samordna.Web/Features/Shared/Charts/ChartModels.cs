namespace Samordna.Web.Features.Shared.Charts;

/// <summary>One bar or point: a label and a value (already suppressed/rounded as the caller decided).</summary>
public sealed record ChartPoint(string Label, decimal Value, string? ValueText = null);

/// <summary>A series of a line chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// A server-rendered SVG chart. Charts are decoration for sighted users: every chart is shown next to a table with
/// the same numbers, and the SVG carries a title and description for screen readers.
/// </summary>
public sealed record BarChartModel(string Title, string Description, IReadOnlyList<ChartPoint> Points, string Unit = "")
{
    public const int Width = 720;
    public const int BarHeight = 22;
    public const int Gap = 8;
    public const int LabelWidth = 240;
    public const int ValueWidth = 150;

    public int Height => Math.Max(1, Points.Count) * (BarHeight + Gap) + Gap;

    public decimal MaxAbs => Points.Count == 0 ? 1 : Math.Max(1, Points.Max(p => Math.Abs(p.Value)));

    public bool HasNegative => Points.Any(p => p.Value < 0);

    /// <summary>x of the zero line and the pixels per unit, so negative bars grow left from it.</summary>
    public (double Zero, double Scale) Axis()
    {
        var plot = Width - LabelWidth - ValueWidth;
        var zero = HasNegative ? LabelWidth + plot / 2.0 : LabelWidth;
        var span = HasNegative ? plot / 2.0 : plot;
        return (zero, span / (double)MaxAbs);
    }

    public static string Format(decimal value) => value.ToString("N0", CultureInfo.GetCultureInfo("sv-SE"));
}

public sealed record LineChartModel(string Title, string Description, IReadOnlyList<ChartSeries> Series)
{
    public const int Width = 720;
    public const int Height = 280;
    public const int Left = 70;
    public const int Right = 20;
    public const int Top = 20;
    public const int Bottom = 40;

    public static readonly string[] Colours = ["#14325c", "#b0201c", "#1d6b32", "#6b4e00", "#5b2a86"];

    public IReadOnlyList<string> Labels => Series.SelectMany(s => s.Points.Select(p => p.Label)).Distinct().ToList();

    public decimal Max => Math.Max(1, Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(1).Max());

    public decimal Min => Math.Min(0, Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(0).Min());

    public double X(int index) => Labels.Count <= 1 ? Left : Left + index * (Width - Left - Right) / (double)(Labels.Count - 1);

    public double Y(decimal value) => Top + (double)((Max - value) / (Max - Min)) * (Height - Top - Bottom);
}
