using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;

namespace Samordna.Web.Features.FollowUp;

/// <summary>Follow-up's audited rows in the audit log's Swedish (a participation's values are never logged, only which fields changed).</summary>
public sealed class FollowUpAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<Participation>("Deltagande").Entity<Headcount>("Antal deltagare").Entity<FollowUpQuestion>("Tilläggsfråga")
        .Fields(
            ("BirthYear", "Födelseår"), ("EducationLevel", "Utbildningsnivå"), ("EndOccupation", "Sysselsättning vid avslut"), ("ExitReason", "Avslutningsanledning"),
            ("Sex", "Kön"), ("StartOccupation", "Sysselsättning vid start"), ("SupportTimeBefore", "Tid med offentlig försörjning före"), ("Period", "Period"),
            ("Participation.Code", "Deltagarkod"), ("IsRetired", "Ställs inte längre"), ("Phase", "Ställs"), ("FollowUpQuestion.Text", "Frågan"))
        .Enum<Sex>(s => s == Sex.Female ? "Kvinna" : "Man")
        .Enum<ParticipationPhase>(p => p == ParticipationPhase.Start ? "Vid start" : "Vid avslut")
        .Enum<HeadcountPeriod>(p => p == HeadcountPeriod.Month ? "Månad" : "Tillfälle");
}
