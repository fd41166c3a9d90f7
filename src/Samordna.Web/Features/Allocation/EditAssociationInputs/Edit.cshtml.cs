using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Features.Shared;

namespace Samordna.Web.Features.Allocation.EditAssociationInputs;

[RequirePermission(AllocationPermissions.EditInputs)]
public sealed class EditModel(EditAssociationInputsHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputsInput Input { get; set; } = new();

    public int Year { get; private set; }

    public bool MayEditNationalFields { get; private set; }

    public AssociationInputsResponse? Stored { get; private set; }

    public Sek? PreviousFromDecidedRun => Stored?.PreviousFromDecidedRun;

    public sealed class InputsInput
    {
        public string? PreviousAllocation { get; set; }

        public string? ForecastEquity { get; set; }

        public string? ReasonableEquityOverride { get; set; }

        public string? AskedAmount { get; set; }

        public string? Note { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, ar, ct))
        {
            return NotFound();
        }

        Input = new InputsInput
        {
            PreviousAllocation = AllocationForms.Field(Stored!.PreviousAllocation),
            ForecastEquity = AllocationForms.Field(Stored.ForecastEquity),
            ReasonableEquityOverride = AllocationForms.Field(Stored.ReasonableEquityOverride),
            AskedAmount = AllocationForms.Field(Stored.AskedAmount),
            Note = Stored.Note,
            Version = Stored.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, ar, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var errors = new ValidationErrors();
        var request = new AssociationInputsRequest(
            MayEditNationalFields ? AllocationForms.Money(Input.PreviousAllocation, "previousAllocation", "Föregående års tilldelning", errors) : Stored!.PreviousAllocation,
            AllocationForms.Money(Input.ForecastEquity, "forecastEquity", "Prognos för eget kapital", errors, allowNegative: true),
            MayEditNationalFields ? AllocationForms.Money(Input.ReasonableEquityOverride, "reasonableEquityOverride", "Skäligt eget kapital", errors) : Stored!.ReasonableEquityOverride,
            AllocationForms.Money(Input.AskedAmount, "askedAmount", "Begärt belopp", errors),
            Input.Note,
            Input.Version);
        if (errors.IsValid)
        {
            AllocationForms.Merge(errors, EditAssociationInputsHandler.Validate(Year, request));
        }

        if (!errors.IsValid)
        {
            errors.CopyTo(ModelState);
            return Page();
        }

        try
        {
            var result = await handler.HandleAsync(associationId, Year, request, MayEditNationalFields, ct);
            if (!result.IsSuccess)
            {
                Response.StatusCode = result.Error!.StatusCode;
                ModelState.AddModelError(string.Empty, result.Error.Message);
                return Page();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            this.ShowConflict();
            return Page();
        }

        TempData["Status"] = $"Uppgifterna för {Year} är sparade.";
        return Redirect($"/forbund/{associationId}/tilldelningsunderlag?ar={Year}");
    }

    private async Task<bool> LoadAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        Year = AllocationForms.Year(ar) is { } y and >= 2016 ? y : SwedishCulture.Today(clock).Year + 1;
        MayEditNationalFields = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
        Stored = await handler.GetAsync(associationId, Year, ct);
        return Stored is not null;
    }
}
