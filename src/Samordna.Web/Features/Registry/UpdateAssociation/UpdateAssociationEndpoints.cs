namespace Samordna.Web.Features.Registry.UpdateAssociation;

/// <summary>Change an association's facts. The API endpoints of this use case; the area file lists them.</summary>
internal static class UpdateAssociationEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPut("", UpdateAssociation)
            .Declare(RegistryPermissions.Manage, "UpdateAssociation", "Ändra förbundets grunduppgifter och kansliets kontaktuppgifter för allmänheten (publicEmail, phone, postalAddress, website; ett fält som utelämnas töms). Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> UpdateAssociation(
        Guid associationId, UpdateAssociationRequest request, UpdateAssociationHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(UpdateAssociationHandler.Validate(request), () => handler.HandleAsync(associationId, request, ct), value => TypedResults.Ok(new VersionResponse(value)));
}
