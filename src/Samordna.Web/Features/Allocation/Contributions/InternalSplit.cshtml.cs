using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.Contributions;

[RequirePermission(AllocationPermissions.ManageContributions)]
public sealed class InternalSplitModel(InternalSplitHandler handler, AppDbContext db, TimeProvider clock) : FormPage<InternalSplitModel.SplitInput>
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public InternalSplitResponse? Setting { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];

    public sealed class SplitInput
    {
        public string? Key { get; set; }

        public string? PopulationWeight { get; set; }

        public string? Units { get; set; }

        public long? Version { get; set; }
    }

    public async Task OnGetAsync(Guid associationId, Guid? medlem, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, medlem, ar, ct);
        if (Setting is { } s)
        {
            Input = new SplitInput
            {
                Key = s.Key.ToString(),
                PopulationWeight = FormFields.Field(s.PopulationWeight),
                Units = s.Units.Count == 0 ? "Kod;Namn;Invånare;Försörjningsmått;Ekonomiskt bistånd;Fast andel\n" : InternalSplitHandler.FormatUnits(s.Units),
                Version = s.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid? medlem, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, medlem, ar, ct);
        if (Setting is null || medlem is null)
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        Engine.SplitKeyKind? key = Enum.TryParse<Engine.SplitKeyKind>(Input.Key, out var k) && Enum.IsDefined(k) ? k : null;
        var weight = FormFields.Share(errors, "populationWeight", "Vikt för invånare", Input.PopulationWeight);
        var units = InternalSplitHandler.ParseUnits(Input.Units, out var problems);
        foreach (var p in problems)
        {
            errors.Add("units", p);
        }

        var request = new InternalSplitRequest(key, weight, units, Input.Version);
        return await this.SubmitAsync(
            errors.Merge(InternalSplitHandler.Validate(request)),
            () => handler.HandleAsync(associationId, medlem.Value, Year, request, ct),
            _ => (units is { Count: > 0 } ? $"Den interna fördelningen för {Setting.MemberName} är sparad." : $"Den interna fördelningen för {Setting.MemberName} är borttagen.",
                $"/forbund/{associationId}/medlemsbidrag?ar={Year}"),
            FormFailure.AtTopWithStatus,
            f => f switch
            {
                "key" => "Input.Key",
                "populationWeight" => "Input.PopulationWeight",
                _ => "Input.Units",
            })
            ?? Page();
    }

    private async Task LoadAsync(Guid associationId, Guid? medlem, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = FormFields.Year(ar) is { } y and >= 2016 ? y : SwedishCulture.Today(clock).Year + 1;
        Setting = medlem is { } m ? await handler.GetAsync(associationId, m, Year, ct) : null;
        if (Setting is null)
        {
            Problem = medlem is null ? "Välj vilken medlem som fördelar sitt bidrag internt." : "Organisationen är inte kommun- eller regionmedlem i förbundet det året. Välj en medlem:";
            var start = new DateOnly(Year, 1, 1);
            var end = new DateOnly(Year, 12, 31);
            Members = (await db.Set<Membership>().AsNoTracking()
                    .Where(x => x.AssociationId == associationId).ActiveDuring(start, end)
                    .Where(x => x.Organisation!.Kind == OrganisationKind.Municipality || x.Organisation.Kind == OrganisationKind.MunicipalDistrict || x.Organisation.Kind == OrganisationKind.Region)
                    .Select(x => new { x.Organisation!.Id, x.Organisation.Name })
                    .ToListAsync(ct))
                .DistinctBy(x => x.Id)
                .OrderBy(x => x.Name, StringComparer.Create(SwedishCulture.Instance, true))
                .Select(x => (x.Id, x.Name))
                .ToList();
        }
    }
}
