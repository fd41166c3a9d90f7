using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.ViewRun;

namespace Samordna.UnitTests.Allocation;

/// <summary>The first sentence a chair reads: the amount and the change from last year in kronor and per cent.</summary>
public sealed class ExplanationSentenceTests
{
    private static AllocationRunResult Result(long amount, long? previous) => new()
    {
        Name = "Finnvedens samordningsförbund",
        Amount = Sek.FromKronor(amount),
        PreviousAllocation = previous is { } p ? Sek.FromKronor(p) : null,
        ChangeFromPrevious = previous is { } q ? Sek.FromKronor(amount - q) : null,
        ChangeFractionE4 = previous is { } r and not 0 ? (amount - r) * 10_000 / r : null,
    };

    [Fact]
    public void A_fall_is_said_in_kronor_and_per_cent_as_less_than_last_year()
    {
        // 3 000 000 − 3 096 690 = −96 690; −96 690 / 3 096 690 = −0.0312… → stored as −312 (E4) → 3,1 %.
        var text = ExplainAllocationHandler.AmountSentence(Result(3_000_000, 3_096_690), 2027);

        Assert.Equal("Finnvedens samordningsförbund får 3 000 000 kr i statlig tilldelning 2027. Det är 96 690 kr (3,1 %) mindre än 2026 (3 096 690 kr).", Plain(text));
    }

    [Fact]
    public void A_rise_an_unchanged_amount_and_no_previous_allocation_each_read_in_words()
    {
        Assert.EndsWith("Det är 100 000 kr (10,0 %) mer än 2026 (1 000 000 kr).", Plain(ExplainAllocationHandler.AmountSentence(Result(1_100_000, 1_000_000), 2027)));
        Assert.EndsWith("Det är lika mycket som 2026.", ExplainAllocationHandler.AmountSentence(Result(1_000_000, 1_000_000), 2027));
        Assert.EndsWith("Förbundet hade ingen tilldelning 2026 att jämföra med.", ExplainAllocationHandler.AmountSentence(Result(1_000_000, null), 2027));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
