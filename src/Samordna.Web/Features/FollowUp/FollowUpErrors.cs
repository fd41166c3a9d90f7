namespace Samordna.Web.Features.FollowUp;

public static class FollowUpErrors
{
    public static readonly Error InterventionNotFound = new("FOLLOWUP_INTERVENTION_NOT_FOUND", "Insatsen finns inte bland de insatser du registrerar deltagare för.", ErrorKind.NotFound);
    public static readonly Error NotParticipantRecords = new("FOLLOWUP_NOT_PARTICIPANT_RECORDS", "Insatsen följs upp med antal deltagare, inte med deltagarregistrering.", ErrorKind.BusinessRule, "interventionId");
    public static readonly Error ParticipationNotFound = new("FOLLOWUP_PARTICIPATION_NOT_FOUND", "Deltagandet finns inte bland de deltaganden du registrerar.", ErrorKind.NotFound);
    public static readonly Error AlreadyEnded = new("FOLLOWUP_ALREADY_ENDED", "Deltagandet är redan avslutat. Rätta det i stället.", ErrorKind.Conflict);
    public static readonly Error CodeExhausted = new("FOLLOWUP_CODE_EXHAUSTED", "Ingen ledig deltagarkod kunde dras. Försök igen.", ErrorKind.Conflict);
    public static readonly Error QuestionNotFound = new("FOLLOWUP_QUESTION_NOT_FOUND", "Tilläggsfrågan finns inte i förbundet.", ErrorKind.NotFound);
    public static readonly Error TooManyQuestions = new("FOLLOWUP_TOO_MANY_QUESTIONS", "Förbundet har redan tio tilläggsfrågor som ställs. Avsluta en fråga innan du lägger till en ny.", ErrorKind.BusinessRule, "text");
    public static readonly Error QuestionClashes = new("FOLLOWUP_QUESTION_CLASHES",
        "Frågan har samma ord som en kolumn i deltagarfilen (en av mallens kolumner eller en annan fråga som ställs). Formulera den annorlunda.", ErrorKind.Conflict, "text");
    public static readonly Error HeadcountNotAllowed = new("FOLLOWUP_HEADCOUNT_NOT_ALLOWED", "Du får inte registrera antal för den här insatsen.", ErrorKind.Forbidden);
}
