using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Allocation.ListDataSets;
using Samordna.Web.Features.Allocation.ViewRun;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>
/// Run the year's allocation, or a what-if: change S, G, the weights, d, the equity rule and compute again without
/// saving; save the result as a named scenario when it is worth keeping. Everything is in the query string, so every
/// variant has an address, and sorting and filtering the results work without JavaScript.
/// </summary>
[RequirePermission(AllocationPermissions.ManageNational)]
public sealed class WhatIfModel(RunAllocationHandler handler, EditParametersHandler parameters, ListDataSetsHandler dataSets, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "underlag")]
    public Guid? DataSetId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ram")]
    public string? Frame { get; set; }

    [BindProperty(SupportsGet = true, Name = "grund")]
    public string? BaseAmount { get; set; }

    [BindProperty(SupportsGet = true, Name = "vf")]
    public string? SupportMeasureWeight { get; set; }

    [BindProperty(SupportsGet = true, Name = "vp")]
    public string? PopulationWeight { get; set; }

    [BindProperty(SupportsGet = true, Name = "d")]
    public string? MaxYearlyDecrease { get; set; }

    [BindProperty(SupportsGet = true, Name = "r")]
    public string? EquityReductionShare { get; set; }

    /// <summary>The equity tiers, one row per step ("trappa[0].UpTo", "trappa[0].Rate"); all rows empty = the year's tiers.</summary>
    [BindProperty(SupportsGet = true, Name = "trappa")]
    public List<EquityTierRow> EquityTiers { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "ek")]
    public string? ApplyEquityRule { get; set; }

    [BindProperty(SupportsGet = true, Name = "berakna")]
    public string? Compute { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public int Year { get; private set; }

    /// <summary>The equity tiers as table rows, with their errors.</summary>
    public EquityTierTable TiersTable => new(EquityTiers, "trappa", ModelState);

    public IReadOnlyList<DataSetListItem> DataSets { get; private set; } = [];

    public RunComputation? Computation { get; private set; }

    public ResultsTableModel? Table { get; private set; }

    public AllocationRunResult? Explained { get; private set; }

    /// <summary>What the what-if changes compared with its base (the decided run, or the year's parameters); shown before the table.</summary>
    public WhatIfSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? forklara, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Compute is null)
        {
            await PrefillAsync(ct);
            return Page();
        }

        if (await RunAsync(save: false, ct) is { } run)
        {
            await ShowAsync(run.Computation, forklara, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await RunAsync(save: true, ct) is not { } run)
        {
            return Page();
        }

        if (run.RunId is not { } id)
        {
            await ShowAsync(run.Computation, null, ct);
            return Page();
        }

        TempData["Status"] = $"Körningen \"{Name}\" är sparad.";
        return Redirect($"/medelstilldelning/korningar/{id}");
    }

    /// <summary>Computes the variant (and saves it when asked); shows what is wrong and returns null when it cannot.</summary>
    private async Task<(RunComputation Computation, Guid? RunId)?> RunAsync(bool save, CancellationToken ct)
    {
        ModelState.Clear();
        var (request, errors) = Request_(save);
        if (!errors.IsValid)
        {
            this.ShowErrors(errors, FormField);
            return null;
        }

        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            Response.StatusCode = result.Error!.StatusCode;
            this.ShowError(result.Error with { Field = null });
            return null;
        }

        return result.Value;
    }

    private async Task ShowAsync(RunComputation computation, string? explain, CancellationToken ct)
    {
        Computation = computation;
        if (!computation.IsSuccess)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        var query = ResultsQuery.From(Request.Query);
        Table = new ResultsTableModel(query.Apply(computation.Rows), query, computation.Rows.Count, computation.Parameters.Frame,
            $"Beräknad tilldelning {Year} (inte sparad)", r => QueryLinks.With(Request, ("forklara", r.Code)) + "#forklaring");
        Explained = explain is null ? null : computation.Rows.FirstOrDefault(r => r.Code == explain);
        if (await handler.BaseAsync(Year, computation.DataSet.Id, ct) is { } b)
        {
            Summary = WhatIfSummary.Compute(b.Label, computation.Rows.Select(r => (r.Code, r.Name, r.Amount)), b.Amounts);
        }
    }

    private (RunAllocationRequest Request, ValidationErrors Errors) Request_(bool save)
    {
        var errors = new ValidationErrors();
        var d = MaxYearlyDecrease?.Trim();
        var noDecrease = string.Equals(d, "ingen", StringComparison.OrdinalIgnoreCase);
        var overrides = new ParameterOverrides(
            FormFields.Money(errors, "ram", "Ram", Frame),
            FormFields.Money(errors, "grund", "Grundtilldelning", BaseAmount),
            FormFields.Share(errors, "vf", "Vikt för försörjningsmått", SupportMeasureWeight),
            FormFields.Share(errors, "vp", "Vikt för invånare", PopulationWeight),
            noDecrease ? null : FormFields.Share(errors, "d", "Högsta minskning", d),
            noDecrease,
            FormFields.Share(errors, "r", "Andel av överskottet", EquityReductionShare),
            EquityTierRules.Read(errors, "overrides.equityTiers", EquityTiers),
            ApplyEquityRule != "0");
        var request = new RunAllocationRequest(Year, DataSetId, overrides, save, Name, Description);
        return (request, errors.Merge(RunAllocationHandler.Validate(request)));
    }

    private static string FormField(string field) => field switch
    {
        _ when field.StartsWith("overrides.equityTiers[", StringComparison.Ordinal) =>
            "trappa" + string.Concat(field["overrides.equityTiers".Length..].Split('.').Select((p, i) => i == 0 ? p : "." + char.ToUpperInvariant(p[0]) + p[1..])),
        "overrides.frame" => "ram",
        "overrides.baseAmount" => "grund",
        "overrides.supportMeasureWeight" => "vf",
        "overrides.populationWeight" => "vp",
        "overrides.maxYearlyDecrease" => "d",
        "overrides.equityReductionShare" => "r",
        "overrides.equityTiers" => "trappa",
        "name" => "Name",
        "description" => "Description",
        "year" => "ar",
        _ => field,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = FormFields.Year(YearText) is { } y and >= 2016 ? y : SwedishCulture.Today(clock).Year + 1;
        DataSets = await dataSets.HandleAsync(ct);
    }

    private async Task PrefillAsync(CancellationToken ct)
    {
        var p = await parameters.GetAsync(Year, ct);
        DataSetId = DataSets.Where(d => d.Year < Year).Select(d => (Guid?)d.Id).FirstOrDefault();
        Frame = FormFields.Field(p.Frame);
        BaseAmount = FormFields.Field(p.BaseAmount);
        SupportMeasureWeight = FormFields.Field(p.SupportMeasureWeight);
        PopulationWeight = FormFields.Field(p.PopulationWeight);
        MaxYearlyDecrease = p.MaxYearlyDecrease is { } d ? FormFields.Field(d) : "ingen";
        EquityReductionShare = FormFields.Field(p.EquityReductionShare);
        EquityTiers = EquityTierRules.Rows(p.EquityTierList);
        ApplyEquityRule = "1";
    }
}
