using Samordna.Web.Data.Demo;
using Samordna.Web.Features.FollowUp.CountParticipants;
using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.FollowUp.Disposal;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Features.FollowUp.Reports;
using Samordna.Web.Infrastructure.Jobs;
using Samordna.Web.Features.FollowUp.Synthetic;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.FollowUp;

/// <summary>Participant follow-up that identifies no one, and the outcome picture it gives back (see README.md, docs/privacy.md).</summary>
public sealed class FollowUpArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FollowUpOptions>()
            .Bind(configuration.GetSection(FollowUpOptions.Section))
            .PostConfigure(o => o.ApplyDefaults())
            .Validate(o => o.Occupations.Count > 0 && o.IncomeSources.Count > 0 && o.SupportTimes.Count > 0 && o.EducationLevels.Count > 0 && o.ExitReasons.Count > 0,
                "FollowUp: varje kodlista behöver minst ett alternativ.")
            .Validate(o => o.Occupations.Select(c => (c.Code, c.Name)).Concat(o.IncomeSources.Concat(o.SupportTimes).Concat(o.EducationLevels).Concat(o.ExitReasons).Select(c => (c.Code, c.Name)))
                    .All(c => c.Code.Length is > 0 and <= FollowUpOptions.MaxCodeLength && c.Name.Length is > 0 and <= 200),
                "FollowUp: varje kod behöver en kod (högst 60 tecken) och ett namn (högst 200 tecken).")
            .Validate(o => o.ExitReasons.Any(r => r.Code == FollowUpOptions.MistakeExitReason), "FollowUp:ExitReasons måste innehålla koden felregistrering.")
            .Validate(o => o.AgeBandStarts.Count > 0 && o.AgeBandStarts.Zip(o.AgeBandStarts.Skip(1)).All(p => p.First < p.Second) && o.AgeBandStarts.All(a => a is > 0 and < 120),
                "FollowUp:AgeBandStarts måste vara stigande åldrar mellan 1 och 119.")
            .Validate(o => o.DisposalYearsAfterEnd is >= 1 and <= 50, "FollowUp:DisposalYearsAfterEnd måste vara mellan 1 och 50.")
            .Validate(o => o.EsfDisposalYearsAfterEnd >= o.DisposalYearsAfterEnd && o.EsfDisposalYearsAfterEnd <= 50,
                "FollowUp:EsfDisposalYearsAfterEnd måste vara minst lika med DisposalYearsAfterEnd och högst 50.")
            .ValidateOnStart();
        services.AddOptions<DisclosureOptions>()
            .Bind(configuration.GetSection(DisclosureOptions.Section))
            .Validate(o => o.MinimumCount is >= 2 and <= 100, "FollowUp:Disclosure:MinimumCount måste vara mellan 2 och 100.")
            .ValidateOnStart();
        services.AddScoped<FollowUpActors>();
        services.AddScoped<FollowUpFigures>();
        services.AddScoped<FollowUpReport>();
        services.AddScoped<SheetMoneyReader>();
        services.AddSingleton<ImportParticipations.ImportProgressReporter>();
        services.AddScoped<IDemoDataContributor, FollowUpDemoData>();
        services.AddScheduledJob<DisposeParticipationsJob>(DisposeParticipationsJob.Name, DisposeParticipationsJob.DefaultSchedule);
        services.AddScoped<SyntheticNationalData>();
        services.AddSingleton<IOperatorCommand, FollowUpCommand>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Uppföljning", "/forbund/{associationId}/uppfoljning", NavPlacement.Association, 25, FollowUpPermissions.ViewAggregates),
        new("Deltagare", "/forbund/{associationId}/deltagare", NavPlacement.Association, 26, FollowUpPermissions.Record),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var association = api.MapGroup("/associations/{associationId:guid}").WithTags("Uppföljning");
        var followUp = association.MapGroup("/follow-up");
        FollowUpReportEndpoints.Map(followUp);
        CountParticipantsEndpoints.Map(followUp);
        Questions.FollowUpQuestionsEndpoints.Map(followUp.MapGroup("/questions"));
        RecordParticipationEndpoints.Map(association.MapGroup("/participations"));
        FollowUpReportEndpoints.MapNational(api);
    }
}
