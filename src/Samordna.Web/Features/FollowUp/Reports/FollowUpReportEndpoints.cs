using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>A protected figure as the API gives it: the value when shown, else null and why ("<5" or "..").</summary>
public sealed record ReportCell(int? Value, string Display);

public sealed record ReportTableResponse(string Key, string Heading, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Cells,
    IReadOnlyList<ReportCell>? RowTotals, IReadOnlyList<ReportCell>? ColumnTotals, ReportCell? GrandTotal);

public sealed record IndicatorResponse(string Name, string Definition, decimal? Share, string Display);

public sealed record CostResponse(string Intervention, Sek? ActualCost, ReportCell Participants, Sek? CostPerParticipant);

public sealed record FollowUpReportResponse(int Year, Guid? InterventionId, ReportCell Participants, ReportCell Leavers, IReadOnlyList<IndicatorResponse> Indicators, IReadOnlyList<ReportTableResponse> Tables, IReadOnlyList<CostResponse> Costs);

/// <summary>The follow-up report over the API and as a file: aggregates only, through the same disclosure control as the page.</summary>
internal static class FollowUpReportEndpoints
{
    public static void Map(RouteGroupBuilder followUp)
    {
        followUp.MapGet("", Get)
            .Declare(FollowUpPermissions.ViewAggregates, "GetFollowUpReport",
                "Förbundets uppföljning av deltagare för ett år (year), för alla insatser eller en (interventionId). Bara sammanställningar; antal 1–4 och tal som kan räknas fram är dolda (value = null).");
        followUp.MapGet("/export", Export)
            .Declare(FollowUpPermissions.ViewAggregates, "ExportFollowUpReport", "Samma sammanställningar som fil (format=csv eller xlsx), en rad per tal.");
    }

    /// <summary>The country's report, open to everyone (the same protection as the page).</summary>
    public static void MapNational(RouteGroupBuilder api)
    {
        api.MapGet("/follow-up/national", National)
            .AllowAnonymous()
            .WithTags("Uppföljning")
            .WithName("GetNationalFollowUpReport")
            .WithSummary("Hela landets uppföljning av deltagare för ett år (year), per förbund; öppen. Antal under 5 och tal som kan räknas fram är dolda (value = null).");
    }

    private static async Task<Results<Ok<FollowUpReportResponse>, ValidationProblem>> National(int? year, FollowUpReport report, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year;
        if (y is < 2000 or > 2100)
        {
            return ApiResults.Validation("year", "År måste vara mellan 2000 och 2100.");
        }

        return TypedResults.Ok(Response(await report.BuildAsync(new FollowUpFilter(null, null, y), ct)));
    }

    private static async Task<Results<Ok<FollowUpReportResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid associationId, int? year, Guid? interventionId, FollowUpReport report, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var filter = await FilterAsync(associationId, year, interventionId, db, clock, ct);
        if (filter.Error is { } error)
        {
            return ApiResults.Failure<Ok<FollowUpReportResponse>>(error);
        }

        return TypedResults.Ok(Response(await report.BuildAsync(filter.Filter!, ct)));
    }

    private static FollowUpReportResponse Response(FollowUpReportResult result) =>
        new FollowUpReportResponse(
            result.Filter.Year, result.Filter.InterventionId, Cell(result.Participants), Cell(result.Leavers),
            result.Indicators.Select(i => new IndicatorResponse(i.Name, i.Definition, i.Share.Fraction, i.Share.ToDisplay())).ToList(),
            result.Tables.Select(Table).ToList(),
            result.Costs.Select(c => new CostResponse(c.Intervention, c.ActualCost, Cell(c.Participants), c.CostPerParticipant)).ToList());

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid associationId, int? year, Guid? interventionId, string? format, FollowUpReport report, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        FileKind? kind = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => FileKind.Csv,
            "xlsx" or "excel" => FileKind.Xlsx,
            _ => null,
        };
        if (kind is null)
        {
            return ApiResults.Validation("format", "Format ska vara csv eller xlsx.");
        }

        var filter = await FilterAsync(associationId, year, interventionId, db, clock, ct);
        if (filter.Error is { } error)
        {
            return ApiResults.Failure<FileContentHttpResult>(error);
        }

        var file = FileOf(await report.BuildAsync(filter.Filter!, ct), kind.Value);
        return TypedResults.File(file.Content, file.ContentType, file.Name);
    }

    /// <summary>The report as one file: a row per figure, a hidden one as its mark. The page's download uses it too.</summary>
    internal static (byte[] Content, string ContentType, string Name) FileOf(FollowUpReportResult result, FileKind kind)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var t in result.Tables)
        {
            var p = t.Table;
            for (var i = 0; i < p.RowCount; i++)
            {
                for (var j = 0; j < p.ColumnCount; j++)
                {
                    rows.Add(Row(t.Heading, p.RowLabels[i], p.ColumnLabels[j], p.Cell(i, j)));
                }

                if (p.RowTotal(i) is { } rowTotal)
                {
                    rows.Add(Row(t.Heading, p.RowLabels[i], "Totalt", rowTotal));
                }
            }

            for (var j = 0; j < p.ColumnCount; j++)
            {
                if (p.ColumnTotal(j) is { } columnTotal)
                {
                    rows.Add(Row(t.Heading, "Totalt", p.ColumnLabels[j], columnTotal));
                }
            }

            if (p.GrandTotal is { } grand && p.Totals.HasFlag(TableTotals.Grand))
            {
                rows.Add(Row(t.Heading, "Totalt", "Totalt", grand));
            }
        }

        var header = new[] { "Tabell", "Rad", "Kolumn", "Antal" };
        var name = $"uppfoljning-{result.Filter.Year.ToString(CultureInfo.InvariantCulture)}.{TabularFile.Extension(kind)}";
        return (TabularFile.Write(kind, "Uppföljning", header, rows), TabularFile.ContentType(kind), name);
    }

    /// <summary>A shown count as a number, a hidden one as its mark ("&lt;5", ".."), so a spreadsheet never holds a hidden value.</summary>
    private static IReadOnlyList<object?> Row(string table, string row, string column, ProtectedCount count) =>
        [table, row, column, count.IsShown ? count.Value : count.ToDisplay()];

    internal static async Task<(FollowUpFilter? Filter, Error? Error)> FilterAsync(Guid associationId, int? year, Guid? interventionId, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year;
        if (y is < 2000 or > 2100)
        {
            return (null, new Error("VALIDATION_FAILED", "År måste vara mellan 2000 och 2100.", ErrorKind.Validation, "year"));
        }

        if (interventionId is { } id && !await db.Set<Intervention>().AnyAsync(i => i.Id == id && i.AssociationId == associationId, ct))
        {
            return (null, FollowUpErrors.InterventionNotFound);
        }

        return (new FollowUpFilter(associationId, interventionId, y), null);
    }

    private static ReportCell Cell(ProtectedCount c) => new(c.Value, c.ToDisplay());

    private static ReportTableResponse Table(ReportTable t)
    {
        var p = t.Table;
        return new ReportTableResponse(
            t.Key, t.Heading, p.RowLabels, p.ColumnLabels,
            Enumerable.Range(0, p.RowCount).Select(i => (IReadOnlyList<ReportCell>)Enumerable.Range(0, p.ColumnCount).Select(j => Cell(p.Cell(i, j))).ToList()).ToList(),
            p.Totals.HasFlag(TableTotals.Rows) ? Enumerable.Range(0, p.RowCount).Select(i => Cell(p.RowTotal(i)!)).ToList() : null,
            p.Totals.HasFlag(TableTotals.Columns) ? Enumerable.Range(0, p.ColumnCount).Select(j => Cell(p.ColumnTotal(j)!)).ToList() : null,
            p.Totals.HasFlag(TableTotals.Grand) && p.GrandTotal is { } g ? Cell(g) : null);
    }
}
