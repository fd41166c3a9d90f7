using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Features.Shared;

namespace Samordna.Web.Features.Allocation.EditParameters;

[RequirePermission(AllocationPermissions.ManageNational)]
public sealed class EditModel(EditParametersHandler handler) : PageModel
{
    [BindProperty]
    public ParametersInput Input { get; set; } = new();

    public int Year { get; private set; }

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

        public string? EquityTiers { get; set; }

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
            Frame = AllocationForms.Field(p.Frame),
            BaseAmount = AllocationForms.Field(p.BaseAmount),
            SupportMeasureWeight = AllocationForms.Field(p.SupportMeasureWeight),
            PopulationWeight = AllocationForms.Field(p.PopulationWeight),
            AgeBand = p.AgeBand,
            MaxYearlyDecrease = AllocationForms.Field(p.MaxYearlyDecrease),
            EquityReductionShare = AllocationForms.Field(p.EquityReductionShare),
            EquityTiers = p.EquityTiers,
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

        ModelState.Clear();
        var errors = new ValidationErrors();
        var request = new YearParametersRequest(
            AllocationForms.Money(Input.Frame, "frame", "Ram", errors),
            AllocationForms.Money(Input.BaseAmount, "baseAmount", "Grundtilldelning", errors),
            AllocationForms.Share(Input.SupportMeasureWeight, "supportMeasureWeight", "Vikt för försörjningsmått", errors),
            AllocationForms.Share(Input.PopulationWeight, "populationWeight", "Vikt för invånare", errors),
            Input.AgeBand,
            AllocationForms.Share(Input.MaxYearlyDecrease, "maxYearlyDecrease", "Högsta minskning", errors),
            AllocationForms.Share(Input.EquityReductionShare, "equityReductionShare", "Andel av överskottet", errors),
            Input.EquityTiers,
            AllocationForms.Date(Input.ReferenceDate, "referenceDate", "Referensdatum", errors),
            Input.Note,
            Input.Version);
        if (errors.IsValid)
        {
            AllocationForms.Merge(errors, EditParametersHandler.Validate(year, request));
        }

        var stored = (await handler.GetAsync(year, ct)).IsStored;
        if (!errors.IsValid)
        {
            errors.CopyTo(ModelState);
            Load(year, stored);
            return Page();
        }

        try
        {
            var result = await handler.HandleAsync(year, request, ct);
            if (!result.IsSuccess)
            {
                Response.StatusCode = result.Error!.StatusCode;
                ModelState.AddModelError(string.Empty, result.Error.Message);
                Load(year, stored);
                return Page();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            this.ShowConflict();
            Load(year, stored);
            return Page();
        }

        TempData["Status"] = $"Parametrarna för {year} är sparade.";
        return Redirect($"/medelstilldelning/parametrar/{year}");
    }

    private void Load(int year, bool stored)
    {
        Year = year;
        IsStored = stored;
        Provenance = EditParametersHandler.Provenance(year);
    }
}
