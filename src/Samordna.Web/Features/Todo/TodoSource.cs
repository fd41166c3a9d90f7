namespace Samordna.Web.Features.Todo;

/// <summary>Who should act on a to-do item.</summary>
public enum TodoAudienceKind
{
    /// <summary>The association's office (förbundschef/kansli).</summary>
    Office,

    /// <summary>The board (styrelsen).</summary>
    Board,

    /// <summary>One member organisation (its council or its representative).</summary>
    Member,

    /// <summary>One organisation as intervention owner (insatsägare).</summary>
    InterventionOwner,

    /// <summary>The preparatory group (beredningsgruppen).</summary>
    PreparatoryGroup,
}

/// <summary>Who should act: a body of the association, or one organisation (with its name, for the reader).</summary>
public sealed record TodoAudience(TodoAudienceKind Kind, Guid? OrganisationId = null, string? OrganisationName = null)
{
    public static readonly TodoAudience Office = new(TodoAudienceKind.Office);

    public static readonly TodoAudience Board = new(TodoAudienceKind.Board);

    public static readonly TodoAudience PreparatoryGroup = new(TodoAudienceKind.PreparatoryGroup);

    public static TodoAudience Member(Guid organisationId, string name) => new(TodoAudienceKind.Member, organisationId, name);

    public static TodoAudience Owner(Guid organisationId, string name) => new(TodoAudienceKind.InterventionOwner, organisationId, name);

    /// <summary>The Swedish words for the reader: "Kansliet", "Styrelsen", "Värnamo kommun (insatsägare)" …</summary>
    public string Describe() => Kind switch
    {
        TodoAudienceKind.Office => "Kansliet",
        TodoAudienceKind.Board => "Styrelsen",
        TodoAudienceKind.PreparatoryGroup => "Beredningsgruppen",
        TodoAudienceKind.InterventionOwner => $"{OrganisationName} (insatsägare)",
        _ => OrganisationName ?? "Medlemmen",
    };
}

/// <summary>
/// One thing someone in the association should do: a stable code (the compliance rule code for a finding), the area it
/// comes from, the day it is due (null when nothing sets one), who should act, a plain Swedish sentence and the
/// relative address of the page where it is done.
/// </summary>
public sealed record TodoItem(string Code, string Area, DateOnly? DueOn, TodoAudience Audience, string Text, string Link)
{
    /// <summary>Past its due date on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => DueOn < today;
}

/// <summary>
/// What one area has to do for one association on one date. Each area registers its sources in DI
/// (<c>services.AddScoped&lt;ITodoSource, …&gt;()</c>), as the compliance checks are registered; the to-do page runs
/// them all in turn on the request's database context and knows nothing about the areas.
/// </summary>
public interface ITodoSource
{
    /// <summary>
    /// Compliance rule codes whose findings this source's items already say more precisely (for the right audience);
    /// the list leaves those findings out so nothing appears twice.
    /// </summary>
    IReadOnlyCollection<string> ReplacesFindings => [];

    Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct);
}
