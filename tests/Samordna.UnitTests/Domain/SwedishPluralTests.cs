using Samordna.Web.Domain;
using Samordna.Web.Features.Compliance.CompliancePanel;

namespace Samordna.UnitTests.Domain;

/// <summary>Swedish number agreement through the one helper (<see cref="SwedishCulture.Count"/>) and where the compliance panel counts.</summary>
public sealed class SwedishPluralTests
{
    [Theory]
    [InlineData(0, "0 varningar")]
    [InlineData(1, "1 varning")]
    [InlineData(2, "2 varningar")]
    [InlineData(1000, "1\u00a0000 varningar")]
    public void A_count_takes_the_singular_only_for_exactly_one(int count, string expected) =>
        Assert.Equal(expected, SwedishCulture.Count(count, "varning", "varningar"));

    [Theory]
    [InlineData(1, "1 brist")]
    [InlineData(2, "2 brister")]
    [InlineData(21, "21 brister")]
    public void Brist_agrees_in_number(int count, string expected) =>
        Assert.Equal(expected, SwedishCulture.Count(count, "brist", "brister"));

    [Theory]
    [InlineData(0, 0, "Inga avvikelser.")]
    [InlineData(1, 0, "1 brist.")]
    [InlineData(0, 1, "1 varning.")]
    [InlineData(1, 1, "1 brist och 1 varning.")]
    [InlineData(2, 1, "2 brister och 1 varning.")]
    [InlineData(1, 2, "1 brist och 2 varningar.")]
    [InlineData(3, 4, "3 brister och 4 varningar.")]
    public void The_compliance_panel_counts_findings_in_Swedish_number_agreement(int violations, int warnings, string expected) =>
        Assert.Equal(expected, IndexModel.Summary(violations, warnings));

    [Fact]
    public void One_finding_is_labelled_in_the_singular()
    {
        Assert.Equal("Brist", IndexModel.SeverityText(Samordna.Web.Features.Compliance.ComplianceSeverity.Violation));
        Assert.Equal("Varning", IndexModel.SeverityText(Samordna.Web.Features.Compliance.ComplianceSeverity.Warning));
    }
}
