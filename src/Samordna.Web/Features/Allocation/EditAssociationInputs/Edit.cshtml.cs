namespace Samordna.Web.Features.Allocation.EditAssociationInputs;

[RequirePermission(AllocationPermissions.EditInputs)]
public sealed class EditModel(EditAssociationInputsHandler handler, AccessControl access, TimeProvider clock) : FormPage<EditModel.InputsInput>
{
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
            PreviousAllocation = FormFields.Field(Stored!.PreviousAllocation),
            ForecastEquity = FormFields.Field(Stored.ForecastEquity),
            ReasonableEquityOverride = FormFields.Field(Stored.ReasonableEquityOverride),
            AskedAmount = FormFields.Field(Stored.AskedAmount),
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

        var errors = new ValidationErrors();
        var request = new AssociationInputsRequest(
            MayEditNationalFields ? FormFields.Money(errors, "previousAllocation", "Föregående års tilldelning", Input.PreviousAllocation) : Stored!.PreviousAllocation,
            FormFields.Money(errors, "forecastEquity", "Prognos för eget kapital", Input.ForecastEquity, allowNegative: true),
            MayEditNationalFields ? FormFields.Money(errors, "reasonableEquityOverride", "Skäligt eget kapital", Input.ReasonableEquityOverride) : Stored!.ReasonableEquityOverride,
            FormFields.Money(errors, "askedAmount", "Begärt belopp", Input.AskedAmount),
            Input.Note,
            Input.Version);
        errors.Merge(EditAssociationInputsHandler.Validate(Year, request)).Merge(await handler.CheckAsync(associationId, Year, request, ct));
        return await this.SubmitAsync(
            errors,
            () => handler.HandleAsync(associationId, Year, request, MayEditNationalFields, ct),
            _ => ($"Uppgifterna för {Year} är sparade.", $"/forbund/{associationId}/tilldelningsunderlag?ar={Year}"),
            FormFailure.AtTopWithStatus)
            ?? Page();
    }

    private async Task<bool> LoadAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        Year = FormFields.Year(ar) is { } y and >= 2016 ? y : SwedishCulture.Today(clock).Year + 1;
        MayEditNationalFields = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
        Stored = await handler.GetAsync(associationId, Year, ct);
        return Stored is not null;
    }
}
