using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Documents;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions;

/// <summary>The interventions' audited rows in the audit log's Swedish.</summary>
public sealed class InterventionsAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<Intervention>("Insats").Entity<InterventionParty>("Part i insats").Entity<InterventionYear>("Insatsens planerade deltagare")
        .Entity<InterventionEvent>("Händelse i insatsen").Entity<InterventionBudgetLine>("Insatsens budgetrad").Entity<InterventionGrant>("Beviljade medel")
        .Entity<InterventionPayment>("Utbetalning").Entity<InterventionFunding>("Insatsens finansiering").Entity<InterventionReport>("Rapport")
        .Entity<InterventionDocument>("Dokument")
        .Fields(
            ("AccessRoute", "Väg in"), ("AgeFrom", "Ålder från"), ("AgeTo", "Ålder till"), ("AgreementSignedOn", "Överenskommelsen undertecknad"),
            ("ConflictsOfInterest", "Jäv"), ("EndReason", "Skäl till avslut"), ("EsfCoFinanced", "Medfinansierad av ESF"), ("ExpectedEffects", "Förväntade effekter"),
            ("FollowUpMethod", "Uppföljning"), ("FollowUpPlan", "Plan för uppföljning"), ("ImplementationPlan", "Plan för genomförande"), ("LongTermGoals", "Långsiktiga mål"),
            ("Orientation", "Inriktning"), ("OwnerOrganisationId", "Insatsägare"), ("PreciseOrientation", "Närmare inriktning"), ("PreparationStatement", "Beredningens yttrande"),
            ("PublicContact", "Kontakt för allmänheten"), ("Published", "Publicerad"), ("Recommendation", "Rekommendation"), ("Risks", "Risker"), ("SearchTerms", "Sökord"),
            ("ShortTermGoals", "Kortsiktiga mål"), ("TargetMeetingId", "Sammanträde som ska besluta"), ("PlannedMen", "Planerade män"), ("PlannedWomen", "Planerade kvinnor"),
            ("FromState", "Från läge"), ("ToState", "Till läge"), ("Move", "Steg"), ("Actual", "Utfall"), ("PaidOn", "Utbetald"), ("PlannedOn", "Planerad"),
            ("BecomesPermanent", "Blir ordinarie verksamhet"), ("DueOn", "Ska lämnas"), ("Lessons", "Lärdomar"), ("ParticipantsMen", "Deltagare, män"),
            ("ParticipantsWomen", "Deltagare, kvinnor"), ("ResultsAgainstGoals", "Resultat mot målen"), ("SubmittedOn", "Lämnad"), ("WhatWasDone", "Vad som gjordes"),
            ("ContentType", "Filtyp"), ("Size", "Storlek (byte)"), ("StorageKey", "Lagringsnyckel"), ("UploadedAt", "Uppladdad"), ("UploadedBy", "Uppladdad av"))
        .Enum<Orientation>(InterventionNames.Of).Enum<FollowUpMethod>(InterventionNames.Of).Enum<AccessRoute>(InterventionNames.Of)
        .Enum<Recommendation>(InterventionNames.Of).Enum<BudgetLineKind>(InterventionNames.Of).Enum<ReportKind>(InterventionNames.Of)
        .Enum<DocumentKind>(InterventionNames.Of).Enum<InterventionState>(InterventionNames.Of).Enum<InterventionMove>(InterventionNames.Of);
}
