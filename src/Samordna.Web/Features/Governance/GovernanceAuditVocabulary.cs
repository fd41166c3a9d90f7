using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance;

/// <summary>Governance's audited rows (board, auditors, meetings, decisions, discharge) in the audit log's Swedish.</summary>
public sealed class GovernanceAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<BoardAppointment>("Styrelseuppdrag").Entity<Auditor>("Revisor").Entity<Discharge>("Ansvarsfrihet")
        .Entity<BoardMeeting>("Sammanträde").Entity<AgendaItem>("Ärende på dagordningen").Entity<MeetingAttendance>("Närvaro")
        .Entity<BoardDecision>("Styrelsebeslut").Entity<DecisionVote>("Röst").Entity<MeetingDocument>("Handling till sammanträde")
        .Fields(
            ("AppointedByOrganisationId", "Utsedd av"), ("Firm", "Revisionsbyrå"), ("PersonName", "Namn"), ("TermStart", "Uppdraget börjar"), ("TermEnd", "Uppdraget slutar"),
            ("Eligibility", "Valbarhet"), ("Office", "Uppdrag i styrelsen"), ("Role", "Roll"), ("SubstituteOrder", "Ersättarordning"),
            ("AgendaItemId", "Ärende"), ("LinkKind", "Länkat till"), ("LinkText", "Länktext"), ("LinkedId", "Länkad rad"), ("VoteKind", "Omröstning"),
            ("VotesAbstaining", "Avstod"), ("VotesAgainst", "Röster emot"), ("VotesFor", "Röster för"), ("AttendanceRecorded", "Närvaro registrerad"),
            ("MinutesApprovedOn", "Protokollet justerat"), ("Place", "Plats"), ("StartsAt", "Klockslag"), ("NoticeSentOn", "Kallelsen skickades"), ("MinutesCheckers", "Justerare"), ("AppointmentId", "Ledamot"), ("Capacity", "Närvarande som"),
            ("ReplacesAppointmentId", "Tjänstgör för"), ("Choice", "Röst"), ("Outcome", "Beslut"), ("BoardDecision.Text", "Beslutstext"),
            ("MeetingDocument.Kind", "Slag av handling"), ("MeetingDocument.FileName", "Filnamn"), ("MeetingDocument.ContentType", "Filtyp"), ("MeetingDocument.Size", "Storlek"),
            ("MeetingDocument.StorageKey", "Lagringsnyckel"), ("MeetingDocument.UploadedAt", "Tillagd"), ("MeetingDocument.UploadedBy", "Tillagd av"))
        .Enum<BoardRole>(GovernanceNames.Of).Enum<EligibilityBasis>(GovernanceNames.Of).Enum<BoardOffice>(GovernanceNames.Of)
        .Enum<AuditorKind>(GovernanceNames.Of).Enum<MeetingKind>(GovernanceNames.Of).Enum<AttendanceCapacity>(GovernanceNames.Of)
        .Enum<DecisionLinkKind>(GovernanceNames.Of).Enum<VoteKind>(GovernanceNames.Of).Enum<VoteChoice>(GovernanceNames.Of)
        .Enum<DischargeOutcome>(GovernanceNames.Of).Enum<MeetingDocumentKind>(GovernanceNames.Of);
}
