namespace Samordna.Web.Features.Allocation.Contributions;

/// <summary>Members' contributions and internal splits. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ContributionsEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/contributions/{year}", GetContributions)
            .Declare(AllocationPermissions.ViewContributions, "GetContributions", "Medlemsbidragen ett budgetår: den fastställda tabellen (eller version), annars ett förslag från årets beslutade körning, med förra årets fastställda belopp bredvid. Hela tabellen är en offentlig budgetuppgift och visas för alla medlemmar.");
        association.MapPost("/contributions/{year}/adoption", Adopt)
            .Declare(AllocationPermissions.ManageContributions, "AdoptContributions", "Fastställer medlemsbidragen för året som de räknas nu och sparar varje rad.");
        association.MapGet("/internal-splits/{organisationId:guid}", GetInternalSplit)
            .Declare(AllocationPermissions.ManageContributions, "GetInternalSplit", "En medlems interna fördelning ett år (year): nyckel och enheter.");
        association.MapPut("/internal-splits/{organisationId:guid}", PutInternalSplit)
            .Declare(AllocationPermissions.ManageContributions, "PutInternalSplit", "Sparar en medlems interna fördelning (tom lista tar bort den).");
    }

    private static async Task<Results<Ok<ContributionsResponse>, ValidationProblem, ProblemHttpResult>> GetContributions(Guid associationId, int year, int? version, GetContributionsHandler handler, CancellationToken ct)
    {
        return ApiResults.From(await handler.HandleAsync(associationId, year, version, ct), TypedResults.Ok);
    }

    private static Task<Results<Created<AdoptResponse>, ValidationProblem, ProblemHttpResult>> Adopt(Guid associationId, int year, AdoptRequest request, AdoptContributionsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(AdoptContributionsHandler.Validate(year, request.Note), () => handler.HandleAsync(associationId, year, request.Note, ct), value => TypedResults.Created($"/api/v1/associations/{associationId}/contributions/{year}?version={value}", new AdoptResponse(value)));

    private static async Task<Results<Ok<InternalSplitResponse>, ValidationProblem, ProblemHttpResult>> GetInternalSplit(Guid associationId, Guid organisationId, int? year, InternalSplitHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange budgetåret (year), 2016 eller senare.");
        }

        var response = await handler.GetAsync(associationId, organisationId, y, ct);
        return response is null ? ApiResults.Problem(AllocationErrors.NotAMember) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutInternalSplit(Guid associationId, Guid organisationId, int? year, InternalSplitRequest request, InternalSplitHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange budgetåret (year), 2016 eller senare.");
        }

        var errors = InternalSplitHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, organisationId, y, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }
}

public sealed record AdoptRequest(string? Note);

public sealed record AdoptResponse(int Sequence);
