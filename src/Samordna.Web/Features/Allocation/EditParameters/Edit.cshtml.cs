namespace Samordna.Web.Features.Allocation.EditParameters;

[RequirePermission(AllocationPermissions.ManageNational)]
public sealed class EditModel(EditParametersHandler handler) : FormPage<EditModel.ParametersInput>
{
    public int Year { get; private set; }

    /// <summary>The equity tiers as table rows, with their errors.</summary>
    public EquityTierTable TiersTable => new(Input.EquityTiers, "Input.EquityTiers", ModelState);

    public bool IsStored { get; private set; }

    public IReadOnlyList<ParameterProvenance> Provenance { get; private set; } = [];

    public sealed class ParametersInput
    {
        public string? Frame { get; set; }

        public string? BaseAmount { get; set; }

        public string? SupportMeasureWeight { get; set; }

        public string? PopulationWeight { get; set; }

        public string? AgeBand { get; set; }

        public string? MaxYearlyDecrease { get; set; }

        public string? EquityReductionShare { get; set; }

        /// <summary>The steps of the equity tiers, one row each, then empty rows to add steps (empty rows are ignored).</summary>
        public List<EquityTierRow> EquityTiers { get; set; } = [];

        public string? ReferenceDate { get; set; }

        public string? Note { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (year is < 2016 or > 2100)
        {
            return NotFound();
        }

        var p = await handler.GetAsync(year, ct);
        Input = new ParametersInput
        {
            Frame = FormFields.Field(p.Frame),
            BaseAmount = FormFields.Field(p.BaseAmount),
            SupportMeasureWeight = FormFields.Field(p.SupportMeasureWeight),
            PopulationWeight = FormFields.Field(p.PopulationWeight),
            AgeBand = p.AgeBand,
            MaxYearlyDecrease = FormFields.Field(p.MaxYearlyDecrease),
            EquityReductionShare = FormFields.Field(p.EquityReductionShare),
            EquityTiers = EquityTierRules.Rows(p.EquityTierList),
            ReferenceDate = SwedishCulture.Date(p.ReferenceDate),
            Note = p.Note,
            Version = p.Version,
        };
        Load(year, p.IsStored);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        if (year is < 2016 or > 2100)
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new YearParametersRequest(
            FormFields.Money(errors, "frame", "Ram", Input.Frame),
            FormFields.Money(errors, "baseAmount", "Grundtilldelning", Input.BaseAmount),
            FormFields.Share(errors, "supportMeasureWeight", "Vikt för försörjningsmått", Input.SupportMeasureWeight),
            FormFields.Share(errors, "populationWeight", "Vikt för invånare", Input.PopulationWeight),
            Input.AgeBand,
            FormFields.Share(errors, "maxYearlyDecrease", "Högsta minskning", Input.MaxYearlyDecrease),
            FormFields.Share(errors, "equityReductionShare", "Andel av överskottet", Input.EquityReductionShare),
            EquityTierRules.Read(errors, "equityTiers", Input.EquityTiers),
            FormFields.Date(errors, "referenceDate", "Referensdatum", Input.ReferenceDate),
            Input.Note,
            Input.Version);
        errors.Merge(EditParametersHandler.Validate(year, request));
        Load(year, (await handler.GetAsync(year, ct)).IsStored);
        return await this.SubmitAsync(
            errors,
            () => handler.HandleAsync(year, request, ct),
            _ => ($"Parametrarna för {year} är sparade.", $"/medelstilldelning/parametrar/{year}"),
            FormFailure.AtTopWithStatus)
            ?? Page();
    }

    private void Load(int year, bool stored)
    {
        Year = year;
        IsStored = stored;
        Provenance = EditParametersHandler.Provenance(year);
    }
}
