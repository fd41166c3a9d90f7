using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Administration.Users;

/// <summary>Invite a user: a first role, and an e-mail with a one-time link where they choose their own password.</summary>
[RequirePermission(AdministrationPermissions.ManageUsers)]
public sealed class CreateModel(CreateUserHandler handler, Invitations invitations, UserFormLists lists) : FormPage<CreateModel.CreateInput>
{
    public IReadOnlyList<SelectListItem> RoleItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AssociationItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MemberItems { get; private set; } = [];

    public sealed class CreateInput
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public Role? Role { get; set; }

        public Guid? AssociationId { get; set; }

        public Guid? MemberOrganisationId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new InviteUserRequest(Input.Email, Input.DisplayName, Input.Role, Input.AssociationId, Input.MemberOrganisationId).AsCreate();
        if (await this.SubmitAsync(
                CreateUserHandler.Validate(request),
                () => handler.HandleAsync(request, ct, invitations.LinkBase(Request)),
                id => ($"{Input.Email} är inbjuden. En länk för att välja lösenord har skickats till adressen.", $"/admin/anvandare/{id}")) is { } saved)
        {
            return saved;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await lists.LoadAsync(ct);
        RoleItems = lists.RoleItems;
        AssociationItems = lists.AssociationItems;
        MemberItems = lists.MemberItems;
    }
}

/// <summary>The choices of the user forms (roles, associations, member organisations), read once per request.</summary>
public sealed class UserFormLists(AppDbContext db)
{
    public IReadOnlyList<SelectListItem> RoleItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AssociationItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MemberItems { get; private set; } = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        var sv = StringComparer.Create(SwedishCulture.Instance, false);
        RoleItems = Enum.GetValues<Role>().Select(r => new SelectListItem(r.SwedishName(), r.ToString())).ToList();
        var associations = await db.Set<Association>().AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        AssociationItems = associations.OrderBy(a => a.Name, sv).Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToList();
        var members = await db.Set<Membership>().AsNoTracking()
            .Select(m => new { m.OrganisationId, m.Organisation!.Name, m.Organisation.Kind })
            .Distinct().ToListAsync(ct);
        MemberItems = members.Where(m => m.Kind is not OrganisationKind.SocialInsuranceAgency)
            .OrderBy(m => m.Name, sv).Select(m => new SelectListItem(m.Name, m.OrganisationId.ToString())).ToList();
    }
}
