using Samordna.Web.Features.Shared;

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
        area.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddSingleton<IFeatureArea>(area);
        return builder;
    }
}
