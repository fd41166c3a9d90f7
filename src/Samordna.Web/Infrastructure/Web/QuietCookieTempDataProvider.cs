namespace Samordna.Web.Infrastructure.Web;

/// <summary>
/// The cookie TempData provider, except that it sends no cookie deletion to a visitor who has no TempData cookie:
/// every page's layout looks for a status message, and the framework's provider otherwise answers each such request
/// with a Set-Cookie, which would keep public pages out of any cache.
/// </summary>
public sealed class QuietCookieTempDataProvider(Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider inner) : Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider
{
    public const string CookieName = ".AspNetCore.Mvc.CookieTempDataProvider";

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(CookieName))
        {
            return;
        }

        inner.SaveTempData(context, values);
    }
}
