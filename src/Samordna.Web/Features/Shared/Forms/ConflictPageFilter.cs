using Microsoft.AspNetCore.Mvc.Filters;

namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// A page that must fill its select lists again before it is shown a second time (after a refused save).
/// </summary>
public interface IFormWithLists
{
    Task LoadListsAsync(CancellationToken ct);
}

/// <summary>
/// How every form page answers a save that lost a race (someone else saved a newer version, or took the same number
/// at the same moment): 409, the page shown again with the user's input kept, and the conflict explained at the top.
/// Pages never catch these themselves.
/// </summary>
public sealed class ConflictPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DbUpdateException race || !DatabaseErrors.IsConflict(race) || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        executed.ExceptionHandled = true;
        page.ModelState.AddModelError(string.Empty, CommonErrors.ConcurrencyConflict.Message);
        if (page is IFormWithLists lists)
        {
            await lists.LoadListsAsync(context.HttpContext.RequestAborted);
        }

        executed.Result = new PageResult { StatusCode = StatusCodes.Status409Conflict };
    }
}
