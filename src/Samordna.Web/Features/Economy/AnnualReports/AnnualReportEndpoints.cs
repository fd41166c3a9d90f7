namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>The annual report's figures, under <c>/associations/{associationId}</c>.</summary>
internal static class AnnualReportEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/annual-report", Get)
            .Declare(EconomyPermissions.ViewBudget, "GetAnnualReport",
                "Årsredovisningens siffror ur den inlästa bokföringen: resultaträkning och balansräkning i kommunal uppställning (med föregående år när det är inläst), kontrollen att balansräkningen balanserar och att årets resultat är förändringen av eget kapital (en skillnad visas som egen rad), och noten om medlemsbidrag (att betala, fakturerat, betalt; en medlemsrepresentant ser bara sin medlem). Utan inläst bokföring inga siffror (booksRead = false).");
        association.MapGet("/annual-report/export", Export)
            .Declare(EconomyPermissions.ViewBudget, "ExportAnnualReport", "Årsredovisningens siffror som Excel (ett blad: avsnitt, post, året och föregående år; belopp i kronor som tal).");
    }

    private static async Task<Results<Ok<AnnualReportFigures>, ValidationProblem>> Get(
        Guid associationId, int? year, AnnualReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return TypedResults.Ok(await ReadAsync(associationId, year, reader, access, clock, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        Guid associationId, int? year, AnnualReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var report = await ReadAsync(associationId, year, reader, access, clock, ct);
        return TypedResults.File(AnnualReportExport.Xlsx(report), TabularFile.ContentType(FileKind.Xlsx), AnnualReportExport.FileName(report));
    }

    internal static async Task<AnnualReportFigures> ReadAsync(Guid associationId, int? year, AnnualReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var restriction = await access.MemberRestrictionAsync(associationId, EconomyPermissions.ViewMemberReport, ct);
        return await reader.ReadAsync(associationId, year ?? SwedishCulture.Today(clock).Year - 1, restriction, ct);
    }
}
