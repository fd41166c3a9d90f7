using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry;

/// <summary>The register's audited rows in the audit log's Swedish.</summary>
public sealed class RegistryAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<Association>("Förbund").Entity<Membership>("Medlemskap").Entity<MembershipEvent>("Medlemshändelse")
        .Entity<CharterVersion>("Förbundsordning").Entity<CharterBoardSeat>("Styrelseplatser i förbundsordningen")
        .Entity<CharterMemberDecision>("Medlems beslut om förbundsordning").Entity<CharterMemberShare>("Medlems andel i förbundsordningen")
        .Entity<RegistryImport>("Inläsning av registret")
        .Fields(
            ("Association.EndedOn", "Upphörde"), ("Association.PublicEmail", "E-postadress"), ("Association.Phone", "Telefon"), ("Association.PostalAddress", "Postadress"), ("Association.Website", "Webbplats"),
            ("FormedOn", "Bildat"), ("LiquidationFrom", "I likvidation från"), ("OrganisationNumber", "Organisationsnummer"),
            ("SeatMunicipalityCode", "Säte"), ("CounterpartAssociationId", "Motpartsförbund"), ("CounterpartName", "Motpart"), ("EquitySettled", "Eget kapital reglerat"),
            ("NoticeDate", "Uppsägning"), ("BoardSeatsPerMember", "Styrelseplatser per medlem"), ("MandatePeriodYears", "Mandatperiod (år)"),
            ("MixPopulationWeight", "Vikt för invånare i blandningen"), ("MunicipalSplitKey", "Fördelning mellan kommunerna"), ("RegionSplitKey", "Fördelning mellan regionerna"),
            ("NoticePeriodMonths", "Uppsägningstid (månader)"), ("QualifiedMajorityMatters", "Frågor som kräver kvalificerad majoritet"),
            ("CharterVersionId", "Förbundsordning"), ("Seats", "Platser"), ("AssociationsCreated", "Nya förbund"), ("AssociationsUpdated", "Ändrade förbund"),
            ("Format", "Format"), ("MembershipsAdded", "Nya medlemskap"), ("MembershipsChanged", "Ändrade medlemskap"), ("MembershipsRemoved", "Borttagna medlemskap"),
            ("Rows", "Rader"))
        .Enum<MembershipEventKind>(MembershipEvent.SwedishKind)
        .Enum<SplitKeyKind>(CharterVersion.SwedishSplitKey)
        .Enum<OrganisationKind>(Organisation.SwedishKind);
}
