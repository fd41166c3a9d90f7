using Microsoft.AspNetCore.Localization;
using Samordna.Web.Infrastructure.Health;
using Samordna.Web.Infrastructure.Web;

namespace Samordna.Web.Infrastructure.Startup;

public static class PlatformPipeline
{
    public static WebApplication UseSamordnaPlatform(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler("/fel/500");
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        var swedish = new CultureInfo("sv-SE");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(swedish),
            SupportedCultures = [swedish],
            SupportedUICultures = [swedish],
            RequestCultureProviders = [],
        });

        app.UseWhen(
            ctx => ctx.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages());
        app.UseWhen(
            ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/openapi"),
            pages => pages.UseStatusCodePagesWithReExecute("/fel/{0}"));

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Security.SessionValidationMiddleware>();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps pages, the OpenAPI document, health, and every registered area's API under /api/v1.</summary>
    public static WebApplication MapSamordna(this WebApplication app)
    {
        app.MapSamordnaHealth();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").WithTags("Samordna");
        foreach (var area in app.Services.GetServices<IFeatureArea>())
        {
            area.MapApi(api);
        }

        app.MapRazorPages();

        // Unknown addresses are 404 for everyone (not a login challenge from the fallback policy).
        api.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
