using Samordna.Web.Features.Shared;

namespace Samordna.Web.Features.Governance;

/// <summary>What a create or change operation returns: the row's id and its new version (send it with the next change).</summary>
public sealed record Saved(Guid Id, long Version);

/// <summary>
/// The shape every governance form page shares (as Features/Registry/UpdateAssociation/Edit): bind <see cref="Input"/>,
/// validate with the handler's rules, save through the handler, keep the user's input and answer 409 on a stale version.
/// </summary>
public abstract class GovernanceFormPage<TInput> : PageModel, IFormWithLists
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public Guid AssociationId { get; protected set; }

    public virtual Task LoadListsAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Validates and saves; returns the page again with errors, NotFound, or null when saved.</summary>
    /// <param name="validate">Reads <see cref="Input"/> into a request and validates it; returns the errors.</param>
    /// <param name="save">Calls the handler with the request.</param>
    protected async Task<IActionResult?> SaveAsync(Func<ValidationErrors> validate, Func<Task<Result<Saved>>> save, CancellationToken ct)
    {
        ModelState.Clear();
        var errors = validate();
        await LoadListsAsync(ct);
        if (!errors.IsValid)
        {
            this.ShowErrors(errors);
            return Page();
        }

        var result = await save();
        if (result.IsSuccess)
        {
            return null;
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        this.ShowError(result.Error);
        return Page();
    }
}
