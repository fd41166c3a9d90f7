using System.Reflection;

namespace Samordna.Web.Infrastructure.Startup;

/// <summary>
/// A feature area (Registry, Allocation, …) plugs into the host here: its services and its API endpoints.
/// Program.cs lists the areas; the cross-association test matrix finds their endpoints through the routing table.
/// </summary>
public interface IFeatureArea
{
    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Menu entries the area offers; each is shown only to users who hold its permission.</summary>
    IEnumerable<NavItem> Navigation => [];

    /// <summary>Maps the area's endpoints on the versioned API group (<c>/api/v1</c>).</summary>
    void MapApi(RouteGroupBuilder api);
}

public static class FeatureAreaExtensions
{
    public static WebApplicationBuilder AddFeatureArea<TArea>(this WebApplicationBuilder builder)
        where TArea : class, IFeatureArea, new()
    {
        var area = new TArea();
        builder.Services.AddUseCaseHandlers(typeof(TArea));
        area.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddSingleton<IFeatureArea>(area);
        return builder;
    }

    /// <summary>
    /// Every use case's handler in the area is a scoped service, which the page and the API endpoint take by injection
    /// (house rule 1): a class named <c>…Handler</c> in the area's namespace with instance members. A handler of only
    /// static members (a pure computation) is called directly and is not registered.
    /// </summary>
    private static void AddUseCaseHandlers(this IServiceCollection services, Type area)
    {
        var prefix = area.Namespace + ".";
        var handlers = area.Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false, Namespace: { } ns }
            && (ns == area.Namespace || ns.StartsWith(prefix, StringComparison.Ordinal))
            && t.Name.EndsWith("Handler", StringComparison.Ordinal)
            && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length > 0);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        // The area's words for the audit log (Infrastructure/Audit/AuditVocabulary.cs), found the same way.
        foreach (var vocabulary in area.Assembly.GetTypes().Where(t =>
                     t is { IsClass: true, IsAbstract: false, Namespace: { } ns }
                     && (ns == area.Namespace || ns.StartsWith(prefix, StringComparison.Ordinal))
                     && typeof(Audit.IAuditVocabulary).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(Audit.IAuditVocabulary), vocabulary);
        }
    }
}
