using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>Arranging participations through the participant officer's use case, as the staff of the owner organisation would.</summary>
public static class FollowUpTestData
{
    /// <summary>A participant officer of <paramref name="owner"/> (a member code) in the association.</summary>
    public static Task<TestUser> CreateParticipantOfficerAsync(this SamordnaTestHost host, TestAssociation association, string owner) =>
        host.CreateUserAsync(Role.ParticipantOfficer, association.Id, association.Members[owner]);

    /// <summary>Enrols one participant, and exits them when <paramref name="end"/> is given.</summary>
    public static async Task<ParticipationSaved> EnrolAsync(
        this SamordnaTestHost host, TestAssociation association, Guid interventionId, string owner, Sex sex, int birthYear, DateOnly start,
        DateOnly? end = null, string endOccupation = "arbete", string exitReason = "enligt-plan", string startOccupation = "ovrigt",
        IReadOnlyList<AnswerInput>? startAnswers = null, IReadOnlyList<AnswerInput>? endAnswers = null)
    {
        var actor = new FollowUpActor(null, UseCases.ActorName, new HashSet<Guid> { association.Members[owner] }, false);
        var enrol = new EnrolRequest(interventionId, sex, birthYear, start, startOccupation, ["ekonomiskt-bistand"], "1-2", "gymnasium", startAnswers);
        ValidationErrors Validate(RecordParticipationHandler h) => h.Validate(enrol);
        var saved = await host.RunAsync<RecordParticipationHandler, ParticipationSaved>(association.Id, Validation(host, Validate), (h, ct) => h.EnrolAsync(association.Id, enrol, actor, ct));
        if (end is null)
        {
            return saved;
        }

        var exit = new ExitRequest(end, endOccupation, [endOccupation.StartsWith("arbete", StringComparison.Ordinal) ? "lon" : "a-kassa"], exitReason, saved.Version, endAnswers);
        return await host.RunAsync<RecordParticipationHandler, ParticipationSaved>(association.Id, Validation(host, h => h.Validate(exit)), (h, ct) => h.ExitAsync(association.Id, saved.Id, exit, actor, ct));
    }

    /// <summary>Adds one of the association's extra questions as the office would.</summary>
    public static Task<QuestionView> CreateQuestionAsync(this SamordnaTestHost host, TestAssociation association, string text, ParticipationPhase phase, params string[] options)
    {
        var request = new CreateQuestionRequest(text, phase, options);
        return host.RunAsync<FollowUpQuestionsHandler, QuestionView>(association.Id, FollowUpQuestionsHandler.Validate(request), (h, ct) => h.CreateAsync(association.Id, request, ct));
    }

    /// <summary>The answer "option number <paramref name="option"/>" to a question.</summary>
    public static AnswerInput Answer(this QuestionView question, int option) => new(question.Id, question.Options[option].Id);

    /// <summary>Corrects a record as its participant officer would, through the handler's validation.</summary>
    public static Task<ParticipationSaved> CorrectAsync(this SamordnaTestHost host, TestAssociation association, string owner, Guid id, CorrectRequest correction)
    {
        var actor = new FollowUpActor(null, UseCases.ActorName, new HashSet<Guid> { association.Members[owner] }, false);
        return host.RunAsync<RecordParticipationHandler, ParticipationSaved>(association.Id, Validation(host, h => h.Validate(correction)), (h, ct) => h.CorrectAsync(association.Id, id, correction, actor, ct));
    }

    private static ValidationErrors Validation(SamordnaTestHost host, Func<RecordParticipationHandler, ValidationErrors> validate)
    {
        using var scope = host.CreateScope();
        return validate(scope.ServiceProvider.GetRequiredService<RecordParticipationHandler>());
    }
}
