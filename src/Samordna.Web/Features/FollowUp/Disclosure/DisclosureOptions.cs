namespace Samordna.Web.Features.FollowUp.Disclosure;

/// <summary>
/// Section "FollowUp:Disclosure" (environment: <c>FollowUp__Disclosure__MinimumCount</c>). The smallest count of
/// participants an output may show; every count from 1 to <see cref="MinimumCount"/> − 1 is hidden (see docs/privacy.md).
/// </summary>
public sealed class DisclosureOptions
{
    public const string Section = "FollowUp:Disclosure";

    /// <summary>The threshold, default 5: counts 1–4 are shown as "&lt;5". Must be at least 1 (1 hides nothing).</summary>
    public int MinimumCount { get; set; } = 5;
}
