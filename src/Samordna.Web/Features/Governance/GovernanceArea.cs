using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Compliance;
using Samordna.Web.Features.Governance.ListDecisions;
using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.ListMeetings;
using Samordna.Web.Features.Governance.MeetingDocuments;
using Samordna.Web.Features.Governance.RecordAttendance;
using Samordna.Web.Features.Governance.SaveAgendaItem;
using Samordna.Web.Features.Governance.SaveAppointment;
using Samordna.Web.Features.Governance.SaveAuditor;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Governance.SaveDischarge;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Governance.ViewAuditors;
using Samordna.Web.Features.Governance.ViewBoard;
using Samordna.Web.Features.Governance.Todo;
using Samordna.Web.Features.Governance.ViewMeeting;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Governance;

/// <summary>The association's governance: board, auditors, meetings, decisions and discharge (see README.md).</summary>
public sealed class GovernanceArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GovernanceOptions>()
            .Bind(configuration.GetSection(GovernanceOptions.Section))
            .Validate(o => o.ElectionIntervalYears is >= 1 and <= 10, "Governance:ElectionIntervalYears måste vara mellan 1 och 10.")
            .Validate(o => o.StateMemberBoardSeats is >= 1 and <= 10, "Governance:StateMemberBoardSeats måste vara mellan 1 och 10.")
            .Validate(o => o.TermWarningDays is >= 0 and <= 730, "Governance:TermWarningDays måste vara mellan 0 och 730.")
            .ValidateOnStart();
        services.AddScoped<BoardSnapshotLoader>();
        services.AddScoped<IDecisionLinkTarget, CharterVersionLinkTarget>();
        services.AddScoped<IComplianceCheck, BoardComplianceCheck>();
        services.AddScoped<IComplianceCheck, AuditComplianceCheck>();
        services.AddScoped<IComplianceCheck, DischargeComplianceCheck>();
        services.AddScoped<ITodoSource, GovernanceTodoSource>();
        services.AddScoped<IDemoDataContributor, GovernanceDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Styrelse", "/forbund/{associationId}/styrelse", NavPlacement.Association, 30, GovernancePermissions.View),
        new("Sammanträden", "/forbund/{associationId}/sammantraden", NavPlacement.Association, 31, GovernancePermissions.View),
        new("Beslut", "/forbund/{associationId}/beslut", NavPlacement.Association, 32, GovernancePermissions.View),
        new("Revisorer", "/forbund/{associationId}/revisorer", NavPlacement.Association, 33, GovernancePermissions.View),
        new("Ansvarsfrihet", "/forbund/{associationId}/ansvarsfrihet", NavPlacement.Association, 34, GovernancePermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var one = api.MapGroup("/associations/{associationId:guid}");
        var board = one.MapGroup("/board").WithTags("Styrelse");
        var auditors = one.MapGroup("/auditors").WithTags("Revisorer");
        var meetings = one.MapGroup("/meetings").WithTags("Sammanträden");
        var decisions = one.MapGroup("/decisions").WithTags("Beslut");
        var discharges = one.MapGroup("/discharges").WithTags("Ansvarsfrihet");
        ViewBoardEndpoints.Map(board);
        SaveAppointmentEndpoints.Map(board);
        ViewAuditorsEndpoints.Map(auditors);
        SaveAuditorEndpoints.Map(auditors);
        ListMeetingsEndpoints.Map(meetings);
        SaveMeetingEndpoints.Map(meetings);
        ViewMeetingEndpoints.Map(meetings);
        SaveAgendaItemEndpoints.Map(meetings);
        RecordAttendanceEndpoints.Map(meetings);
        MeetingDocumentsEndpoints.Map(meetings);
        SaveDecisionEndpoints.Map(meetings, decisions);
        ListDecisionsEndpoints.Map(decisions);
        ListDischargesEndpoints.Map(discharges);
        SaveDischargeEndpoints.Map(discharges);
    }
}
