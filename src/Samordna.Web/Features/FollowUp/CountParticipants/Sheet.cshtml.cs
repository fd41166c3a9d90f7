namespace Samordna.Web.Features.FollowUp.CountParticipants;

/// <summary>The year's figures per intervention as Uppföljning Finsam asks them (participants by sex), ready to copy.</summary>
[RequirePermission(FollowUpPermissions.ViewAggregates)]
public sealed class SheetModel(CountParticipantsHandler handler, FollowUpActors actors, AccessControl access, TimeProvider clock)
    : AssociationViewPage(access, FollowUpPermissions.Count)
{

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public FollowUpSheet Sheet { get; private set; } = null!;

    public IReadOnlyList<SheetLine> Lines => Sheet.Lines;

    public SheetMoneyLine Money(Guid interventionId) => Sheet.Money.Interventions.First(m => m.InterventionId == interventionId);

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        var thisYear = clock.GetUtcNow().Year;
        Year = FormFields.Year(ar) ?? thisYear;
        Years = Enumerable.Range(thisYear - 6, 7).Reverse().ToList();
        Sheet = await handler.FullSheetAsync(associationId, Year, await actors.ForAsync(associationId, ct), ct);
    }

    /// <summary>GET ?handler=export&amp;format=xlsx|csv: the sheet as a file, a row per figure (the same figures as the page).</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid associationId, string? ar, string? format, CancellationToken ct)
    {
        await OnGetAsync(associationId, ar, ct);
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Förbundet", "Tilldelade medel", Sheet.Money.AllocatedFunds),
            Row("Förbundet", "varav staten", Sheet.Money.StateShare),
            Row("Förbundet", "varav regionerna", Sheet.Money.RegionsTotal),
            Row("Förbundet", "varav kommunerna", Sheet.Money.MunicipalitiesTotal),
            Row("Förbundet", "Administrationskostnader, budget", Sheet.Money.AdministrationBudget),
            Row("Förbundet", "Administrationskostnader, utfall", Sheet.Money.AdministrationActual),
            Row("Förbundet", "Eget kapital", Sheet.Money.Equity),
        };
        foreach (var l in Lines)
        {
            var m = Money(l.InterventionId);
            rows.Add([l.Name, "Inriktning", Interventions.InterventionNames.Of(l.Orientation)]);
            rows.Add([l.Name, "Målgrupper", string.Join(", ", m.TargetGroups)]);
            rows.Add(Row(l.Name, "Budget", m.Budget));
            rows.Add(Row(l.Name, "Utfall", m.Actual));
            rows.Add([l.Name, "Planerade kvinnor", l.PlannedWomen]);
            rows.Add([l.Name, "Planerade män", l.PlannedMen]);
            rows.Add([l.Name, "Deltagare kvinnor", l.Women]);
            rows.Add([l.Name, "Deltagare män", l.Men]);
            rows.Add([l.Name, "Deltagare totalt", l.Total]);
        }

        var kind = format is "csv" ? FileKind.Csv : FileKind.Xlsx;
        var file = TabularFile.Write(kind, $"Rapportunderlag {Year}", ["Del", "Uppgift", "Värde"], rows);
        return File(file, TabularFile.ContentType(kind), $"rapportunderlag-{Year.ToString(CultureInfo.InvariantCulture)}.{TabularFile.Extension(kind)}");
    }

    private static IReadOnlyList<object?> Row(string part, string what, Sek? amount) => [part, what, amount is { } a ? a.Kronor : "Saknas"];
}
