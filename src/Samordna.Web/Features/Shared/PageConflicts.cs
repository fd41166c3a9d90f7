using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Shared;

/// <summary>How every form page answers a stale save: 409, the user's input kept, and the conflict explained at the top.</summary>
public static class PageConflicts
{
    public static void ShowConflict(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        page.ModelState.AddModelError(string.Empty, CommonErrors.ConcurrencyConflict.Message);
    }
}
