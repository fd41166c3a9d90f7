using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveAgendaItem;

/// <summary>Add or change an item on a meeting's agenda; without a position it goes last.</summary>
public sealed record AgendaItemRequest(int? Position, string? Title, string? Description, long? Version);

public sealed class SaveAgendaItemHandler(AppDbContext db)
{
    public static ValidationErrors Validate(AgendaItemRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.Range("position", "Nummer", r.Position, 1, 999);
        errors.RequiredText("title", "Rubrik", r.Title, 300);
        errors.FreeText("description", "Beskrivning", r.Description, 4000);
        return errors.VersionRead(r.Version, isUpdate);
    }

    public async Task<Result<Saved>> CreateAsync(Guid associationId, Guid meetingId, AgendaItemRequest r, CancellationToken ct)
    {
        if (!await db.Set<BoardMeeting>().AnyAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct))
        {
            return GovernanceErrors.MeetingNotFound;
        }

        var last = await db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).MaxAsync(a => (int?)a.Position, ct) ?? 0;
        var item = new AgendaItem { AssociationId = associationId, MeetingId = meetingId, Position = r.Position ?? last + 1 };
        Apply(item, r);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return new Saved(item.Id, item.Version);
    }

    public async Task<Result<Saved>> UpdateAsync(Guid associationId, Guid meetingId, Guid agendaItemId, AgendaItemRequest r, CancellationToken ct)
    {
        var item = await db.Set<AgendaItem>().FirstOrDefaultAsync(a => a.Id == agendaItemId && a.MeetingId == meetingId && a.AssociationId == associationId, ct);
        if (item is null)
        {
            return GovernanceErrors.AgendaItemNotFound;
        }

        db.ExpectVersion(item, r.Version!.Value);
        if (r.Position is { } position)
        {
            item.Position = position;
        }

        Apply(item, r);
        await db.SaveChangesAsync(ct);
        return new Saved(item.Id, item.Version);
    }

    private static void Apply(AgendaItem item, AgendaItemRequest r)
    {
        item.Title = r.Title!.Trim();
        item.Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim();
    }
}
