using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Governance.PublicBoard;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Registry.PublicAbout;

/// <summary>The association's public page: facts anyone may read about a public body.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]
public sealed class AboutModel(GetAssociationHandler handler, GetPublicBoardHandler board, TimeProvider clock) : PageModel
{
    public AssociationDetails? Association { get; private set; }

    /// <summary>The board published to anyone (the elected ledamöter and ersättare); see docs/adr/0205.</summary>
    public PublicBoardFacts Board { get; private set; } = PublicBoardFacts.None;

    /// <summary>The day the board is shown for: today, or the last day of an association that has ended.</summary>
    public DateOnly BoardDate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        Association = await handler.HandleAsync(associationId, today, ct);
        if (Association?.EndedOn is { } ended && ended < today)
        {
            // An association that has ended is shown with the members it had on its last day.
            Association = await handler.HandleAsync(associationId, ended, ct);
        }

        if (Association is null)
        {
            return NotFound();
        }

        BoardDate = Association.EndedOn is { } last && last < today ? last : today;
        Board = await board.HandleAsync(associationId, BoardDate, ct);
        return Page();
    }
}
