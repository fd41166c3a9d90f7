namespace Samordna.Web.Features.Administration.Users;

/// <summary>
/// One user for the system administrator: roles added and removed, the account deactivated, reactivated or unlocked,
/// the invitation sent again. Every action is refused on the administrator's own account.
/// </summary>
[RequirePermission(AdministrationPermissions.ManageUsers)]
public sealed class DetailsModel(ManageUserHandler handler, UserFormLists lists, Invitations invitations, ICurrentUser current)
    : FormPage<DetailsModel.RoleInput>
{
    public sealed class RoleInput
    {
        public Role? Role { get; set; }

        public Guid? AssociationId { get; set; }

        public Guid? MemberOrganisationId { get; set; }
    }

    public UserDetails Account { get; private set; } = null!;

    public bool IsSelf { get; private set; }

    public IReadOnlyList<SelectListItem> RoleItems => lists.RoleItems;

    public IReadOnlyList<SelectListItem> AssociationItems => lists.AssociationItems;

    public IReadOnlyList<SelectListItem> MemberItems => lists.MemberItems;

    public async Task<IActionResult> OnGetAsync(Guid userId, CancellationToken ct) =>
        await LoadAsync(userId, ct) ? Page() : NotFound();

    /// <summary>Lägg till roll (the form's default action).</summary>
    public async Task<IActionResult> OnPostAsync(Guid userId, CancellationToken ct)
    {
        if (!await LoadAsync(userId, ct))
        {
            return NotFound();
        }

        var request = new AssignRoleRequest(Input.Role, Input.AssociationId, Input.MemberOrganisationId);
        var errors = new ValidationErrors();
        CreateUserHandler.ValidateRole(errors, request);
        return await Act(errors, () => handler.AssignRoleAsync(ActorId, userId, request, ct, invitations.LinkBase(Request)), "Rollen är tillagd. Användarens pågående inloggningar har avslutats.", userId, ct);
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(Guid userId, Guid assignmentId, CancellationToken ct) =>
        await LoadAsync(userId, ct)
            ? await Act(new ValidationErrors(), () => handler.RemoveRoleAsync(ActorId, userId, assignmentId, ct, invitations.LinkBase(Request)), "Rollen är borttagen. Användarens pågående inloggningar har avslutats.", userId, ct)
            : NotFound();

    public async Task<IActionResult> OnPostDeactivateAsync(Guid userId, CancellationToken ct) =>
        await LoadAsync(userId, ct)
            ? await Act(new ValidationErrors(), () => handler.DeactivateAsync(ActorId, userId, ct), "Kontot är avstängt och alla inloggningar är avslutade.", userId, ct)
            : NotFound();

    public async Task<IActionResult> OnPostReactivateAsync(Guid userId, CancellationToken ct) =>
        await LoadAsync(userId, ct)
            ? await Act(new ValidationErrors(), () => handler.ReactivateAsync(ActorId, userId, ct), "Kontot är aktivt igen.", userId, ct)
            : NotFound();

    public async Task<IActionResult> OnPostUnlockAsync(Guid userId, CancellationToken ct) =>
        await LoadAsync(userId, ct)
            ? await Act(new ValidationErrors(), () => handler.UnlockAsync(ActorId, userId, ct), "Spärren är hävd; användaren kan logga in igen.", userId, ct)
            : NotFound();

    public async Task<IActionResult> OnPostResendAsync(Guid userId, CancellationToken ct) =>
        await LoadAsync(userId, ct)
            ? await Act(new ValidationErrors(), () => handler.ResendInvitationAsync(ActorId, userId, invitations.LinkBase(Request), ct), "En ny inbjudan är skickad.", userId, ct)
            : NotFound();

    private Guid ActorId => current.UserId ?? Guid.Empty;

    private async Task<IActionResult> Act(ValidationErrors errors, Func<Task<Result<UserDetails>>> action, string status, Guid userId, CancellationToken ct) =>
        await this.SubmitAsync(errors, action, _ => (status, $"/admin/anvandare/{userId}"), FormFailure.AtTopWithStatus)
        ?? (await LoadAsync(userId, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(Guid userId, CancellationToken ct)
    {
        var user = await handler.GetAsync(userId, ct);
        if (user is null)
        {
            return false;
        }

        Account = user;
        IsSelf = current.UserId == userId;
        await lists.LoadAsync(ct);
        return true;
    }
}
