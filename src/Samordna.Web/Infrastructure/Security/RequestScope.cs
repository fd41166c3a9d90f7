namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// The association a request is about, taken from its <c>associationId</c> route value. The database context
/// filters every association-owned table by it, so an association-scoped request cannot read another
/// association's rows even if a handler forgets a <c>Where</c>, and cannot write them at all.
/// </summary>
public interface IRequestScope
{
    Guid? AssociationId { get; }
}

public sealed class HttpRequestScope(IHttpContextAccessor accessor) : IRequestScope
{
    public const string RouteKey = "associationId";

    public Guid? AssociationId =>
        accessor.HttpContext?.GetRouteValue(RouteKey) is { } value && Guid.TryParse(value.ToString(), out var id) ? id : null;
}

/// <summary>For the command line and background work: no request, no scope.</summary>
public sealed class NoRequestScope : IRequestScope
{
    public static readonly NoRequestScope Instance = new();

    public Guid? AssociationId => null;
}
