using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.AddMember;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Features.Registry.CharterVersions;
using Samordna.Web.Features.Registry.CreateAssociation;
using Samordna.Web.Features.Registry.CreateCharterVersion;
using Samordna.Web.Features.Registry.EndAssociation;
using Samordna.Web.Features.Registry.ExitMember;
using Samordna.Web.Features.Registry.ListAssociations;
using Samordna.Web.Features.Registry.ListEvents;
using Samordna.Web.Features.Registry.RecordCharterDecision;
using Samordna.Web.Features.Registry.UpdateAssociation;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry;

/// <summary>/api/v1/associations: associations, members, membership events and charter versions. Every read takes asOf.</summary>
internal static class AssociationApi
{
    public sealed record VersionResponse(long Version);

    public sealed record CreatedResponse(Guid Id);

    public static void Map(RouteGroupBuilder associations)
    {
        associations.MapGet("", ListAssociations)
            .RequireAuthorization()
            .WithName("ListAssociations")
            .WithSummary("Förbund som användaren får se (alla för nationella roller), med antal medlemmar ett visst datum (asOf, standard i dag).");
        associations.MapPost("", CreateAssociation)
            .RequirePermission(RegistryPermissions.ManageNational)
            .WithName("CreateAssociation")
            .WithSummary("Registrera ett nytt förbund med grundande medlemmar (memberCodes: regioner och kommuner; FK och AF läggs alltid till).");

        var one = associations.MapGroup("/{associationId:guid}");
        one.MapGet("", GetAssociation)
            .RequirePermission(RegistryPermissions.View)
            .WithName("GetAssociation")
            .WithSummary("Ett förbund med dess medlemmar ett visst datum (asOf, standard i dag).");
        one.MapPut("", UpdateAssociation)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("UpdateAssociation")
            .WithSummary("Ändra förbundets grunduppgifter. Skicka den version du läste; 409 om någon annan hunnit ändra.");
        one.MapPost("/end", EndAssociation)
            .RequirePermission(RegistryPermissions.ManageLifecycle)
            .WithName("EndAssociation")
            .WithSummary("Registrera likvidation (kind=Liquidation) eller upplösning (kind=Dissolution) från effectiveDate. Skicka förbundets version.");
        one.MapGet("/members", ListMembers)
            .RequirePermission(RegistryPermissions.View)
            .WithName("ListMembers")
            .WithSummary("Förbundets medlemmar ett visst datum (asOf, standard i dag).");
        one.MapPost("/members", AddMember)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("AddMember")
            .WithSummary("En organisation går in i förbundet (utvidgning) från effectiveDate. Sammansättningsregeln prövas för varje dag.");
        one.MapPost("/members/{membershipId:guid}/exit", ExitMember)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("ExitMember")
            .WithSummary("En medlem säger upp sig (noticeDate); utträdet gäller från effectiveDate eller tidigast när uppsägningstiden löpt ut. FK och AF kan inte träda ut.");
        one.MapGet("/events", ListEvents)
            .RequirePermission(RegistryPermissions.View)
            .WithName("ListMembershipEvents")
            .WithSummary("Medlemshändelser kända ett visst datum (asOf), senaste först; kommande händelser är markerade isPending.");
        one.MapGet("/charter", GetCharter)
            .RequirePermission(RegistryPermissions.View)
            .WithName("GetCharter")
            .WithSummary("Förbundsordningen i kraft ett visst datum (asOf) och alla versioner med status det datumet.");
        one.MapPost("/charter", CreateCharterVersion)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("CreateCharterVersion")
            .WithSummary("Registrera en ny version av förbundsordningen. Den gäller när alla medlemmar har beslutat om den.");
        one.MapGet("/charter/{charterVersionId:guid}", GetCharterVersion)
            .RequirePermission(RegistryPermissions.View)
            .WithName("GetCharterVersion")
            .WithSummary("En version av förbundsordningen med beslut, ett visst datum (asOf).");
        one.MapPost("/charter/{charterVersionId:guid}/decisions", RecordDecision)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("RecordCharterDecision")
            .WithSummary("Registrera en medlems beslut om en version av förbundsordningen.");
    }

    private static async Task<Ok<IReadOnlyList<AssociationListItem>>> ListAssociations(DateOnly? asOf, ListAssociationsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateAssociation(
        CreateAssociationRequest request, CreateAssociationHandler handler, CancellationToken ct)
    {
        var errors = CreateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{result.Value}", new CreatedResponse(result.Value))
            : ApiResults.Failure<Created<CreatedResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<AssociationDetails>, ProblemHttpResult>> GetAssociation(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var details = await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct);
        return details is null ? ApiResults.Problem(RegistryErrors.AssociationNotFound) : TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> UpdateAssociation(
        Guid associationId, UpdateAssociationRequest request, UpdateAssociationHandler handler, CancellationToken ct)
    {
        var errors = UpdateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> EndAssociation(
        Guid associationId, EndAssociationRequest request, EndAssociationHandler handler, CancellationToken ct)
    {
        var errors = EndAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }

    private static async Task<Ok<IReadOnlyList<MemberItem>>> ListMembers(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.MembersAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        Guid associationId, AddMemberRequest request, AddMemberHandler handler, CancellationToken ct)
    {
        var errors = AddMemberHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{associationId}/members", new CreatedResponse(result.Value))
            : ApiResults.Failure<Created<CreatedResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<ExitRecorded>, ValidationProblem, ProblemHttpResult>> ExitMember(
        Guid associationId, Guid membershipId, ExitMemberRequest request, ExitMemberHandler handler, CancellationToken ct)
    {
        var errors = ExitMemberHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, membershipId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Failure<Ok<ExitRecorded>>(result.Error!);
    }

    private static async Task<Ok<IReadOnlyList<MembershipEventItem>>> ListEvents(
        Guid associationId, DateOnly? asOf, ListEventsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Ok<CharterOverview>> GetCharter(
        Guid associationId, DateOnly? asOf, GetCharterHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.OverviewAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Results<Ok<CharterVersionItem>, ProblemHttpResult>> GetCharterVersion(
        Guid associationId, Guid charterVersionId, DateOnly? asOf, GetCharterHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var version = await handler.VersionAsync(associationId, charterVersionId, asOf ?? SwedishCulture.Today(clock), ct);
        return version is null ? ApiResults.Problem(RegistryErrors.CharterVersionNotFound) : TypedResults.Ok(version);
    }

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateCharterVersion(
        Guid associationId, CreateCharterVersionRequest request, CreateCharterVersionHandler handler, CancellationToken ct)
    {
        var errors = CreateCharterVersionHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{associationId}/charter/{result.Value}", new CreatedResponse(result.Value))
            : ApiResults.Failure<Created<CreatedResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<CharterDecisionRecorded>, ValidationProblem, ProblemHttpResult>> RecordDecision(
        Guid associationId, Guid charterVersionId, RecordCharterDecisionRequest request, RecordCharterDecisionHandler handler, CancellationToken ct)
    {
        var errors = RecordCharterDecisionHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, charterVersionId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Failure<Ok<CharterDecisionRecorded>>(result.Error!);
    }
}
