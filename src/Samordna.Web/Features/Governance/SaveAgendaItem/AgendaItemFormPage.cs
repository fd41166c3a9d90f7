namespace Samordna.Web.Features.Governance.SaveAgendaItem;

public sealed class AgendaItemInput
{
    public int? Position { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of an agenda item share.</summary>
public abstract class AgendaItemFormPage(SaveAgendaItemHandler handler) : GovernanceFormPage<AgendaItemInput>
{
    public Guid MeetingId { get; protected set; }

    protected Task<IActionResult> SaveAsync(Guid? agendaItemId, Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            _ => new AgendaItemRequest(Input.Position, Input.Title, Input.Description, Input.Version),
            request => SaveAgendaItemHandler.Validate(request, agendaItemId is not null),
            request => agendaItemId is { } id ? handler.UpdateAsync(AssociationId, MeetingId, id, request, ct) : handler.CreateAsync(AssociationId, MeetingId, request, ct),
            saved,
            ct);
}
