using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.CountParticipants;

public sealed class MonthInput
{
    public int Month { get; set; }

    public string? Women { get; set; }

    public string? Men { get; set; }

    public long? Version { get; set; }
}

/// <summary>Head-counts by sex per month for an intervention followed up by counts only (the office, or the owner's participant officer).</summary>
[RequirePermission(FollowUpPermissions.Count)]
public sealed class CountsModel(CountParticipantsHandler handler, FollowUpActors actors, TimeProvider clock) : PageModel, IFormWithLists
{
    [BindProperty]
    public List<MonthInput> Months { get; set; } = [];

    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public Intervention? Chosen { get; private set; }

    public static readonly string[] MonthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid? insats, string? ar, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, insats, ar, ct))
        {
            return NotFound();
        }

        if (Chosen is not null)
        {
            var rows = await handler.MonthsAsync(Chosen.Id, Year, ct);
            Months = Enumerable.Range(1, 12).Select(m => rows.FirstOrDefault(r => r.Date.Month == m) is { } r
                ? new MonthInput { Month = m, Women = r.Women.ToString(CultureInfo.InvariantCulture), Men = r.Men.ToString(CultureInfo.InvariantCulture), Version = r.Version }
                : new MonthInput { Month = m }).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid? insats, string? ar, CancellationToken ct)
    {
        if (insats is null || !await LoadAsync(associationId, insats, ar, ct) || Chosen is null)
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var months = Months.Where(m => m.Month is >= 1 and <= 12).Select((m, i) => new MonthCount(m.Month, Count(errors, i, $"Kvinnor i {MonthNames[m.Month - 1]}", m.Women), Count(errors, i, $"Män i {MonthNames[m.Month - 1]}", m.Men), m.Version)).ToList();
        var request = new HeadcountRequest(Year, months);
        var actor = await actors.ForAsync(associationId, ct);
        var chosen = Chosen;
        return await this.SubmitAsync(
                   errors.Merge(CountParticipantsHandler.Validate(request)).PerRow(f => f.Replace("months", "Months", StringComparison.Ordinal)),
                   () => handler.SaveAsync(associationId, chosen.Id, request, actor, ct),
                   _ => ("Antalen är sparade.", $"/forbund/{associationId}/uppfoljning/antal?insats={chosen.Id}&ar={Year}"),
                   map: f => f)
               ?? Page();
    }

    public Task LoadListsAsync(CancellationToken ct) => Task.CompletedTask;

    private static int? Count(ValidationErrors errors, int row, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= CountParticipantsHandler.MaxCount)
        {
            return n;
        }

        errors.Add($"months[{row}]", $"{label} ska vara ett heltal mellan 0 och {SwedishCulture.Number(CountParticipantsHandler.MaxCount)}.");
        return null;
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid? insats, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = FormFields.Year(ar) ?? clock.GetUtcNow().Year;
        Interventions = await handler.InterventionsAsync(associationId, await actors.ForAsync(associationId, ct), ct);
        // Without a choice the first intervention's months are shown, so the form is one step from the sheet.
        Chosen = insats is { } id ? Interventions.FirstOrDefault(i => i.Id == id) : Interventions.Count > 0 ? Interventions[0] : null;
        return insats is null || Chosen is not null;
    }
}
