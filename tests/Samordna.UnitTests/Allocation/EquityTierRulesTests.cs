using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.UnitTests.Allocation;

/// <summary>The one check of equity tiers (API and pages) and the reading of a page's tier rows.</summary>
public sealed class EquityTierRulesTests
{
    [Fact]
    public void Every_problem_of_every_step_is_reported_on_its_step()
    {
        var errors = EquityTierRules.Check(new ValidationErrors(), "equityTiers",
        [
            new EquityTierInput(Sek.FromKronor(4_000_000L), 0.2m),
            new EquityTierInput(Sek.FromKronor(3_000_000L), 1.5m),
            new EquityTierInput(null, null),
            new EquityTierInput(Sek.FromKronor(9_000_000L), 0.1m),
        ]).ToDictionary();

        Assert.Equal(["Steg 2: gränsen måste vara större än steg 1 (4 000 000 kr)."], Plain(errors["equityTiers[1].upTo"]));
        Assert.Equal(["Steg 2: andelen måste vara mellan 0 och 100 %."], errors["equityTiers[1].rate"]);
        Assert.StartsWith("Steg 3: ange en övre gräns.", errors["equityTiers[2].upTo"][0], StringComparison.Ordinal);
        Assert.Equal(["Steg 3: ange andelen."], errors["equityTiers[2].rate"]);
        Assert.StartsWith("Steg 4: sista steget ska sakna övre gräns", errors["equityTiers[3].upTo"][0], StringComparison.Ordinal);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Page_rows_are_read_in_per_cent_with_empty_rows_left_out_and_blank_rows_added()
    {
        var errors = new ValidationErrors();
        var rows = new List<EquityTierRow>
        {
            new() { UpTo = "4 000 000", Rate = "20" },
            new(),
            new() { UpTo = "8 000 000", Rate = "12,5 %" },
            new() { UpTo = "", Rate = "10" },
            new(),
        };

        var tiers = EquityTierRules.Read(errors, "equityTiers", rows);
        EquityTierRules.Check(errors, "equityTiers", tiers);

        Assert.True(errors.IsValid, string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
        Assert.Equal([new EquityTierInput(Sek.FromKronor(4_000_000L), 0.2m), new EquityTierInput(Sek.FromKronor(8_000_000L), 0.125m), new EquityTierInput(null, 0.1m)], tiers);
        Assert.Equal(3 + EquityTierRules.BlankRows, rows.Count);
        Assert.Equal("8 000 000", rows[1].UpTo);
    }

    [Fact]
    public void An_unreadable_row_is_named_and_not_reported_twice()
    {
        var errors = new ValidationErrors();
        var tiers = EquityTierRules.Read(errors, "equityTiers", [new() { UpTo = "fyra miljoner", Rate = "20" }, new() { Rate = "tio" }]);
        errors.Merge(EquityTierRules.Check(new ValidationErrors(), "equityTiers", tiers));

        var all = errors.ToDictionary();
        Assert.Equal(["Steg 1: gränsen ska vara ett belopp i kronor, till exempel 1 250 000."], all["equityTiers[0].upTo"]);
        Assert.Equal(["Steg 2: andelen ska vara ett tal i procent, till exempel 20 eller 12,5."], all["equityTiers[1].rate"]);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public void No_steps_at_all_is_one_error_on_the_list()
    {
        var errors = new ValidationErrors();
        Assert.Null(EquityTierRules.Read(errors, "equityTiers", [new(), new()]));
        Assert.Equal(["Trappan för skäligt eget kapital måste ha minst ett steg."], EquityTierRules.Check(errors, "equityTiers", null).ToDictionary()["equityTiers"]);
    }

    private static string[] Plain(string[] messages) => messages.Select(m => m.Replace('\u00A0', ' ').Replace('\u202F', ' ')).ToArray();
}

/// <summary>The internal split's rules report a missing key and every unit's problems in the same round.</summary>
public sealed class InternalSplitValidationTests
{
    [Fact]
    public void A_missing_key_does_not_hide_the_units_problems()
    {
        var errors = Samordna.Web.Features.Allocation.Contributions.InternalSplitHandler.Validate(new(null, null,
        [
            new(null, "Norr", 100, null, null, null),
            new("S", null, -1, null, null, null),
        ], null)).ToDictionary();

        Assert.Equal(["Nyckel måste anges."], errors["key"]);
        Assert.Equal(["Enhet 1: kod måste anges."], errors["units[0].code"]);
        Assert.Equal(["Enhet 2: namn måste anges."], errors["units[1].name"]);
        Assert.Equal(["Enhet 2: värdena får inte vara negativa."], errors["units[1]"]);
    }
}
