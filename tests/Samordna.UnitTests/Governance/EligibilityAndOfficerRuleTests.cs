using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.UnitTests.Governance;

public sealed class EligibilityAndOfficerRuleTests
{
    [Theory]
    [InlineData(OrganisationKind.Municipality, EligibilityBasis.CouncilMember, true)]
    [InlineData(OrganisationKind.Municipality, EligibilityBasis.CouncilSubstitute, true)]
    [InlineData(OrganisationKind.Municipality, EligibilityBasis.AgencyEmployee, false)]
    [InlineData(OrganisationKind.Region, EligibilityBasis.CouncilMember, true)]
    [InlineData(OrganisationKind.Region, EligibilityBasis.AgencyEmployee, false)]
    [InlineData(OrganisationKind.MunicipalDistrict, EligibilityBasis.CouncilMember, true)]
    [InlineData(OrganisationKind.SocialInsuranceAgency, EligibilityBasis.AgencyEmployee, true)]
    [InlineData(OrganisationKind.SocialInsuranceAgency, EligibilityBasis.CouncilMember, false)]
    [InlineData(OrganisationKind.EmploymentService, EligibilityBasis.AgencyEmployee, true)]
    [InlineData(OrganisationKind.EmploymentService, EligibilityBasis.CouncilSubstitute, false)]
    public void Councils_appoint_their_own_members_or_substitutes_and_FK_and_AF_their_employees(OrganisationKind kind, EligibilityBasis basis, bool eligible)
    {
        var error = EligibilityRule.Check(kind, basis);

        Assert.Equal(eligible, error is null);
        if (error is not null)
        {
            Assert.Contains("12 § lag (2003:1210)", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_a_ledamot_can_be_chair_or_vice_chair()
    {
        Assert.NotNull(OfficerRule.CheckOffice(BoardRole.Substitute, BoardOffice.Chair));
        Assert.NotNull(OfficerRule.CheckOffice(BoardRole.Substitute, BoardOffice.ViceChair));
        Assert.Null(OfficerRule.CheckOffice(BoardRole.Substitute, BoardOffice.None));
        Assert.Null(OfficerRule.CheckOffice(BoardRole.BoardMember, BoardOffice.Chair));
    }

    [Theory]
    [InlineData(AuditorKind.StateAuditor, OrganisationKind.SocialInsuranceAgency, true)]
    [InlineData(AuditorKind.StateAuditor, OrganisationKind.EmploymentService, false)]
    [InlineData(AuditorKind.StateAuditor, OrganisationKind.Municipality, false)]
    [InlineData(AuditorKind.MemberAuditor, OrganisationKind.Municipality, true)]
    [InlineData(AuditorKind.MemberAuditor, OrganisationKind.Region, true)]
    [InlineData(AuditorKind.MemberAuditor, OrganisationKind.SocialInsuranceAgency, false)]
    [InlineData(AuditorKind.MemberAuditor, OrganisationKind.EmploymentService, false)]
    public void FK_appoints_the_one_state_auditor_and_councils_their_own(AuditorKind kind, OrganisationKind appointer, bool allowed) =>
        Assert.Equal(allowed, AuditorRule.CheckAppointment(kind, appointer) is null);
}
