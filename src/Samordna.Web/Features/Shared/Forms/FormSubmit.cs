namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// The one POST of a form page (Post/Redirect/Get): the form's own messages replace model binding's; when the round's
/// errors (what the page could not read, merged with the handler's <c>Validate</c>) hold anything, all are shown;
/// otherwise the use case runs, and when it succeeds its status message goes into <c>TempData["Status"]</c> and the
/// browser is sent on; an expected failure is shown where <see cref="FormFailure"/> says. A stale save throws and is
/// answered by <see cref="ConflictPageFilter"/>.
/// </summary>
public static class FormSubmit
{
    /// <summary>
    /// Returns the redirect when saved, 404 when the use case found nothing to save to and the page asked for that
    /// (<see cref="FormFailure.OnFieldOrNotFound"/>), or null when the page is to be shown again with its errors.
    /// </summary>
    /// <param name="errors">The round's errors: parse errors merged with the handler's rules.</param>
    /// <param name="handle">Runs the use case.</param>
    /// <param name="saved">The status message and the address to go to, from the use case's value.</param>
    /// <param name="failure">Where the use case's expected failure is shown.</param>
    /// <param name="map">Names the form field for a handler field, as in <see cref="FormErrors.ShowErrors"/>.</param>
    public static async Task<IActionResult?> SubmitAsync<T>(
        this PageModel page,
        ValidationErrors errors,
        Func<Task<Result<T>>> handle,
        Func<T, (string Status, string Address)> saved,
        FormFailure failure = FormFailure.OnField,
        Func<string, string>? map = null)
    {
        page.ModelState.Clear();
        if (!errors.IsValid)
        {
            page.ShowErrors(errors, map);
            return null;
        }

        var result = await handle();
        if (!result.IsSuccess)
        {
            if (failure == FormFailure.OnFieldOrNotFound && result.Error!.Kind == ErrorKind.NotFound)
            {
                return new NotFoundResult();
            }

            if (failure == FormFailure.AtTopWithStatus)
            {
                page.Response.StatusCode = result.Error!.StatusCode;
                page.ShowError(result.Error with { Field = null });
            }
            else
            {
                page.ShowError(result.Error!, map);
            }

            return null;
        }

        var (status, address) = saved(result.Value!);
        page.TempData["Status"] = status;
        return new RedirectResult(address);
    }
}

/// <summary>Where a form page shows a use case's expected failure.</summary>
public enum FormFailure
{
    /// <summary>On the field the error names (at the top when it names none); the page answers 200.</summary>
    OnField,

    /// <summary>
    /// At the top of the form, and the page answers with the error's status (404, 409, 422 …): the allocation forms,
    /// whose use cases name fields in the engine's terms rather than the form's.
    /// </summary>
    AtTopWithStatus,

    /// <summary>
    /// On the field, as <see cref="OnField"/>; but when the row the form changes is gone (an error of kind NotFound),
    /// the page answers 404: the edit forms of a row, whose address names the row.
    /// </summary>
    OnFieldOrNotFound,
}
