using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Features.Shared;

namespace Samordna.Web.Features.Registry.UpdateAssociation;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class EditModel(UpdateAssociationHandler handler, AppDbContext db) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public sealed class EditInput
    {
        public string? Name { get; set; }

        public string? Code { get; set; }

        public string? OrganisationNumber { get; set; }

        public string? SeatMunicipalityCode { get; set; }

        public DateOnly? FormedOn { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var a = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == associationId, ct);
        if (a is null)
        {
            return NotFound();
        }

        Input = new EditInput
        {
            Name = a.Name,
            Code = a.Code,
            OrganisationNumber = OrganisationNumber.Parse(a.OrganisationNumber).ToString(),
            SeatMunicipalityCode = a.SeatMunicipalityCode,
            FormedOn = a.FormedOn,
            Version = a.Version,
        };
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        ModelState.Clear();
        var request = new UpdateAssociationRequest(Input.Name, Input.Code, Input.OrganisationNumber, Input.SeatMunicipalityCode, Input.FormedOn, Input.Version);
        var errors = UpdateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            errors.CopyTo(ModelState);
            await LoadListsAsync(ct);
            return Page();
        }

        try
        {
            var result = await handler.HandleAsync(associationId, request, ct);
            if (!result.IsSuccess)
            {
                ModelState.AddModelError(result.Error!.Field is { } f ? "Input." + char.ToUpperInvariant(f[0]) + f[1..] : string.Empty, result.Error.Message);
                await LoadListsAsync(ct);
                return Page();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep what the user typed; tell them someone else saved first.
            this.ShowConflict();
            await LoadListsAsync(ct);
            return Page();
        }

        TempData["Status"] = "Förbundets uppgifter är sparade.";
        return Redirect($"/forbund/{associationId}");
    }

    private async Task LoadListsAsync(CancellationToken ct) => Municipalities = await SeatOptions.LoadAsync(db, ct);
}
