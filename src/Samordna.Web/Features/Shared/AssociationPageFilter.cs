using Microsoft.AspNetCore.Mvc.Filters;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Shared;

/// <summary>
/// For every page under an association's address: answers 404 when the association does not exist, and puts its
/// name into the layout so the association menu shows. The database context's scope filter does the confinement.
/// </summary>
public sealed class AssociationPageFilter(AppDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values.TryGetValue(HttpRequestScope.RouteKey, out var raw) && raw is not null)
        {
            if (!Guid.TryParse(raw.ToString(), out var id))
            {
                context.Result = new NotFoundResult();
                return;
            }

            var association = await db.Set<Association>().AsNoTracking()
                .Where(a => a.Id == id)
                .Select(a => new AssociationContext(a.Id, a.Code, a.Name))
                .FirstOrDefaultAsync();
            if (association is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            if (context.HandlerInstance is PageModel page)
            {
                page.ViewData[AssociationContext.ViewDataKey] = association;
            }
        }

        await next();
    }
}
