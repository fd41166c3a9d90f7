using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Samordna.Web.Features.ApiReference;

/// <summary>A browsable, accessible reference of the API, generated from the same endpoint descriptions as /openapi/v1.json.</summary>
[AllowAnonymous]
public sealed class IndexModel(IApiDescriptionGroupCollectionProvider descriptions) : PageModel
{
    public sealed record Entry(string Group, string Method, string Path, string Summary, string Access, IReadOnlyList<string> Parameters);

    public IReadOnlyList<IGrouping<string, Entry>> Groups { get; private set; } = [];

    public void OnGet()
    {
        var entries = descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(d =>
            {
                var metadata = d.ActionDescriptor.EndpointMetadata;
                var summary = metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? string.Empty;
                var group = (metadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().LastOrDefault()?.Tags is { Count: > 0 } tags ? tags[0] : null) ?? "Övrigt";
                var permission = metadata.OfType<RequiredPermissionMetadata>().FirstOrDefault()?.Permission;
                var anonymous = metadata.OfType<IAllowAnonymous>().Any();
                var access = permission is not null
                    ? (PermissionCatalog.TryGet(permission, out var def) ? def!.Description : permission)
                    : anonymous ? "Öppen" : "Inloggad användare";
                var parameters = d.ParameterDescriptions
                    .Where(p => p.Source.Id is "Path" or "Query")
                    .Select(p => p.Name)
                    .Distinct()
                    .ToList();
                var path = "/" + System.Text.RegularExpressions.Regex.Replace(d.RelativePath!, ":[^}]+}", "}").TrimEnd('/');
                return new Entry(group, d.HttpMethod ?? "GET", path, summary, access, parameters);
            })
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal);
        Groups = entries.GroupBy(e => e.Group).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
    }
}
