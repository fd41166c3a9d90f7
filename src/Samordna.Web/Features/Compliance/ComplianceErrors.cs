namespace Samordna.Web.Features.Compliance;

public static class ComplianceErrors
{
    public static readonly Error AssociationNotFound = new("COMPLIANCE_ASSOCIATION_NOT_FOUND", "Förbundet finns inte.", ErrorKind.NotFound);
}
