namespace Samordna.Web.Infrastructure.Security;

/// <summary>Requirement behind every "perm:" policy.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

/// <summary>
/// Decides every permission requirement by asking <see cref="AccessControl"/> with the request's association.
/// An association-scoped permission on a route without an association is a programming error and is denied.
/// </summary>
public sealed class PermissionAuthorizationHandler(AccessControl access, IRequestScope scope)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var definition = PermissionCatalog.Get(requirement.Permission);
        var associationId = scope.AssociationId;
        if (definition.Scope == PermissionScope.Association && associationId is null)
        {
            return;
        }

        if (await access.IsAllowedAsync(requirement.Permission, definition.Scope == PermissionScope.Association ? associationId : null))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Turns policy names of the form <c>perm:{name}</c> into policies, so permissions need no registration.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "perm:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var name = policyName[Prefix.Length..];
            _ = PermissionCatalog.Get(name);
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(name))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Endpoint metadata naming the permission an endpoint requires; the cross-association test matrix reads it.</summary>
public sealed record RequiredPermissionMetadata(string Permission);

/// <summary>Page model attribute: <c>[RequirePermission(RegistryPermissions.View)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(string permission)
    {
        Permission = permission;
        Policy = PermissionPolicyProvider.Prefix + permission;
    }

    public string Permission { get; }
}

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        _ = PermissionCatalog.Get(permission);
        builder.RequireAuthorization(PermissionPolicyProvider.Prefix + permission);
        builder.WithMetadata(new RequiredPermissionMetadata(permission));
        return builder;
    }

    /// <summary>
    /// The one way an API endpoint is declared: the permission it requires (<see cref="RequirePermission{TBuilder}"/>),
    /// its name (the OpenAPI operation id) and its summary. An endpoint open to everyone says <c>AllowAnonymous</c>
    /// instead, with its own name and summary.
    /// </summary>
    public static TBuilder Declare<TBuilder>(this TBuilder builder, string permission, string name, string summary)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequirePermission(permission).WithName(name).WithSummary(summary);
}
