namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// The one POST of a form page (Post/Redirect/Get): the form's own messages replace model binding's; when the round's
/// errors (what the page could not read, merged with the handler's <c>Validate</c>) hold anything, all are shown;
/// otherwise the use case runs, and when it succeeds its status message goes into <c>TempData["Status"]</c> and the
/// browser is sent on; an expected failure is shown on its field. A stale save throws and is answered by
/// <see cref="ConflictPageFilter"/>.
/// </summary>
public static class FormSubmit
{
    /// <summary>Returns the redirect when saved, or null when the page is to be shown again with its errors.</summary>
    /// <param name="errors">The round's errors: parse errors merged with the handler's rules.</param>
    /// <param name="handle">Runs the use case.</param>
    /// <param name="saved">The status message and the address to go to, from the use case's value.</param>
    public static async Task<IActionResult?> SubmitAsync<T>(
        this PageModel page, ValidationErrors errors, Func<Task<Result<T>>> handle, Func<T, (string Status, string Address)> saved)
    {
        page.ModelState.Clear();
        if (!errors.IsValid)
        {
            page.ShowErrors(errors);
            return null;
        }

        var result = await handle();
        if (!result.IsSuccess)
        {
            page.ShowError(result.Error!);
            return null;
        }

        var (status, address) = saved(result.Value!);
        page.TempData["Status"] = status;
        return new RedirectResult(address);
    }
}
