using System.Security.Claims;

namespace Samordna.Web.Infrastructure.Audit;

/// <summary>Who is making a change: the signed-in user, or the operator command that runs.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }

    string Name { get; }
}

/// <summary>Names the operator command running, so changes made from the command line are attributed to it.</summary>
public sealed class OperatorContext
{
    public string? Command { get; set; }
}

public sealed class AuditActor(IHttpContextAccessor accessor, OperatorContext operatorContext) : IAuditActor
{
    public Guid? UserId =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } s && Guid.TryParse(s, out var id) ? id : null;

    public string Name
    {
        get
        {
            if (accessor.HttpContext is not { } http)
            {
                return operatorContext.Command is { } c ? $"kommandorad: {c}" : "system";
            }

            return http.User is { Identity.IsAuthenticated: true } user
                ? user.FindFirstValue(SamordnaClaims.DisplayName) ?? user.Identity!.Name ?? "okänd användare"
                : "anonym";
        }
    }
}
