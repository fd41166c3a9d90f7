namespace Samordna.Web.Features.Governance;

/// <summary>
/// The shape every governance form page shares (as Features/Registry/UpdateAssociation/Edit): bind <see cref="Input"/>,
/// validate with the handler's rules, save through the handler, keep the user's input and answer 409 on a stale version.
/// </summary>
public abstract class GovernanceFormPage<TInput> : FormPage<TInput>, IFormWithLists
    where TInput : class, new()
{
    public Guid AssociationId { get; protected set; }

    public virtual Task LoadListsAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Reads, validates and saves through <see cref="FormSubmit"/>; returns the redirect when saved, NotFound when the row
    /// is gone, or the page again with its errors.
    /// </summary>
    /// <param name="read">Reads <see cref="Input"/> into the use case's request; what cannot be read goes into the errors.</param>
    /// <param name="validate">The handler's rules, checked once everything could be read.</param>
    /// <param name="save">Calls the handler with the request.</param>
    /// <param name="saved">The status message and the address to go to.</param>
    protected async Task<IActionResult> SaveAsync<TRequest>(
        Func<ValidationErrors, TRequest> read,
        Func<TRequest, ValidationErrors> validate,
        Func<TRequest, Task<Result<Saved>>> save,
        Func<(string Status, string Address)> saved,
        CancellationToken ct)
    {
        var unreadable = new ValidationErrors();
        var request = read(unreadable);
        var errors = unreadable.IsValid ? validate(request) : unreadable;
        await LoadListsAsync(ct);
        return await this.SubmitAsync(errors, () => save(request), _ => saved(), FormFailure.OnFieldOrNotFound) ?? Page();
    }

    /// <summary>
    /// As above, for a use case that records and changes one kind of row: records a new one, or changes the row
    /// <paramref name="rowId"/> when given.
    /// </summary>
    protected Task<IActionResult> SaveAsync<TRequest, THandler>(
        THandler handler, Guid? rowId, Func<ValidationErrors, TRequest> read, Func<(string Status, string Address)> saved, CancellationToken ct)
        where THandler : IGovernanceSaveHandler<TRequest> =>
        SaveAsync(
            read,
            request => THandler.Validate(request, rowId is not null),
            request => rowId is { } id ? handler.UpdateAsync(AssociationId, id, request, ct) : handler.CreateAsync(AssociationId, request, ct),
            saved,
            ct);

    /// <summary>The edit form of a row as read: NotFound when the association has no such row, else the page with its lists.</summary>
    protected async Task<IActionResult> ShowAsync<TRow>(TRow? row, Func<TRow, TInput> toInput, CancellationToken ct)
        where TRow : class
    {
        if (row is null)
        {
            return NotFound();
        }

        Input = toInput(row);
        await LoadListsAsync(ct);
        return Page();
    }
}
