namespace Samordna.Web.Features.FollowUp.CountParticipants;

/// <summary>What a head-count entry saved: how many months changed.</summary>
public sealed record HeadcountsSaved(int ChangedMonths);

/// <summary>
/// The Uppföljning Finsam sheet (participants per intervention and sex for a year, as FK asks) and the monthly
/// head-counts of interventions followed up by counts only. The area file maps these under <c>/follow-up</c>.
/// </summary>
internal static class CountParticipantsEndpoints
{
    public static void Map(RouteGroupBuilder followUp)
    {
        followUp.MapGet("/sheet", Sheet)
            .Declare(FollowUpPermissions.ViewAggregates, "GetFollowUpSheet",
                "Rapportunderlaget för ett år (year), som Uppföljning Finsam frågar: förbundets medel (tilldelade medel, administrationskostnader, eget kapital när bokföringen finns) och per insats budget, utfall, planerade och faktiska deltagare per kön (exakt för den egna organisationens deltagaransvariga, annars skyddat: <5, ..).");
        followUp.MapGet("/headcounts/{interventionId:guid}", Months)
            .Declare(FollowUpPermissions.Count, "GetHeadcounts", "Antal deltagare per månad och kön för en insats som följs upp med antal (year).");
        followUp.MapPut("/headcounts/{interventionId:guid}", Save)
            .Declare(FollowUpPermissions.Count, "SaveHeadcounts",
                "Spara antal deltagare per månad och kön för en insats som följs upp med antal; en ändrad månad kräver den version som lästes.");
    }

    private static async Task<Results<Ok<FollowUpSheet>, ValidationProblem>> Sheet(
        Guid associationId, int? year, CountParticipantsHandler handler, FollowUpActors actors, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2100);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return TypedResults.Ok(await handler.FullSheetAsync(associationId, year ?? SwedishCulture.Today(clock).Year, await actors.ForAsync(associationId, ct), ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<MonthCount>>, ValidationProblem, ProblemHttpResult>> Months(
        Guid associationId, Guid interventionId, int? year, CountParticipantsHandler handler, FollowUpActors actors, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2100);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var actor = await actors.ForAsync(associationId, ct);
        if (!await handler.MayCountAsync(associationId, interventionId, actor, ct))
        {
            return ApiResults.Problem(FollowUpErrors.InterventionNotFound);
        }

        var y = year ?? SwedishCulture.Today(clock).Year;
        var rows = await handler.MonthsAsync(interventionId, y, ct);
        IReadOnlyList<MonthCount> months = Enumerable.Range(1, 12)
            .Select(m => rows.FirstOrDefault(r => r.Date.Month == m) is { } r ? new MonthCount(m, r.Women, r.Men, r.Version) : new MonthCount(m, null, null, null))
            .ToList();
        return TypedResults.Ok(months);
    }

    private static async Task<Results<Ok<HeadcountsSaved>, ValidationProblem, ProblemHttpResult>> Save(
        Guid associationId, Guid interventionId, HeadcountRequest request, CountParticipantsHandler handler, FollowUpActors actors, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(CountParticipantsHandler.Validate(request), () => handler.SaveAsync(associationId, interventionId, request, actor, ct),
            changed => TypedResults.Ok(new HeadcountsSaved(changed)));
    }
}
