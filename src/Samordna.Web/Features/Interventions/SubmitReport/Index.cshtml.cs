using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ViewIntervention;

namespace Samordna.Web.Features.Interventions.SubmitReport;

public sealed class ReportInput
{
    public string? WhatWasDone { get; set; }

    public int? ParticipantsWomen { get; set; }

    public int? ParticipantsMen { get; set; }

    public string? ResultsAgainstGoals { get; set; }

    public string? Lessons { get; set; }

    public string? BecomesPermanent { get; set; }

    public long? Version { get; set; }
}

/// <summary>An interim or final report, as everyone who sees the intervention reads it.</summary>
[RequirePermission(InterventionsPermissions.View)]
public sealed class IndexModel(GetInterventionHandler interventions, InterventionActors actors, AccessControl access) : ReportPage(interventions, actors, access)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, Guid reportId, CancellationToken ct) =>
        await LoadAsync(associationId, interventionId, reportId, ct) ? Page() : NotFound();
}

/// <summary>Writing the report: its owner's staff or the office, until it is submitted.</summary>
[RequirePermission(InterventionsPermissions.Apply)]
public sealed class WriteModel(SubmitReportHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access)
    : ReportPage(interventions, actors, access)
{

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, reportId, ct))
        {
            return NotFound();
        }

        Input = new ReportInput
        {
            WhatWasDone = Report.WhatWasDone, ParticipantsWomen = Report.ParticipantsWomen, ParticipantsMen = Report.ParticipantsMen,
            ResultsAgainstGoals = Report.ResultsAgainstGoals, Lessons = Report.Lessons, BecomesPermanent = Report.BecomesPermanent, Version = Report.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, Guid reportId, [FromForm] bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, reportId, ct))
        {
            return NotFound();
        }

        var actor = await Actors.ForAsync(associationId, ct);
        return await SaveAsync(
            _ => new ReportRequest(Input.WhatWasDone, Input.ParticipantsWomen, Input.ParticipantsMen, Input.ResultsAgainstGoals, Input.Lessons, Input.BecomesPermanent, submit, Input.Version),
            SubmitReportHandler.Validate,
            request => handler.HandleAsync(associationId, interventionId, reportId, request, actor, ct),
            () => submit
                ? ("Rapporten är inlämnad.", $"/forbund/{associationId}/insatser/{interventionId}")
                : ("Utkastet är sparat.", $"/forbund/{associationId}/insatser/{interventionId}/rapporter/{reportId}/skriv"),
            ct);
    }
}

/// <summary>What the report's pages share: the intervention and the report, and whether the user may write it.</summary>
public abstract class ReportPage(GetInterventionHandler interventions, InterventionActors actors, AccessControl access) : GovernanceFormPage<ReportInput>
{
    public InterventionDetails Intervention { get; private set; } = null!;

    public ReportView Report { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    protected InterventionActors Actors => actors;

    protected async Task<bool> LoadAsync(Guid associationId, Guid interventionId, Guid reportId, CancellationToken ct)
    {
        AssociationId = associationId;
        var actor = await actors.ForAsync(associationId, ct);
        var details = await interventions.HandleAsync(associationId, interventionId, actor, ct);
        var report = details?.Reports.FirstOrDefault(r => r.Id == reportId);
        if (details is null || report is null)
        {
            return false;
        }

        Intervention = details;
        Report = report;
        CanWrite = report.SubmittedOn is null && (actor.IsOffice || actor.OwnOrganisations.Contains(details.Owner.Id))
            && await access.IsAllowedAsync(InterventionsPermissions.Apply, associationId, ct);
        return true;
    }
}
