namespace Samordna.Web.Features.Governance.SaveDischarge;

/// <summary>Record or change a discharge decision. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveDischargeEndpoints
{
    public static void Map(RouteGroupBuilder discharges)
    {
        discharges.MapPost("", CreateDischarge)
            .Declare(GovernancePermissions.Manage, "CreateDischarge", "Registrera en medlems beslut om ansvarsfrihet för ett år.");
        discharges.MapPut("/{dischargeId:guid}", UpdateDischarge)
            .Declare(GovernancePermissions.Manage, "UpdateDischarge", "Ändra en medlems beslut om ansvarsfrihet. 409 vid gammal version.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateDischarge(
        Guid associationId, DischargeRequest request, SaveDischargeHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveDischargeHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/discharges/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateDischarge(
        Guid associationId, Guid dischargeId, DischargeRequest request, SaveDischargeHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveDischargeHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, dischargeId, request, ct), TypedResults.Ok);
}
