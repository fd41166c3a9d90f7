using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveMeeting;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The test data helpers arrange data through the use cases, in a scope set up as a request sets it up.</summary>
[Collection(AppCollection.Name)]
public sealed class TestDataHelperTests(AppFixture app)
{
    [Fact]
    public async Task Test_data_the_rules_refuse_fails_with_the_Swedish_message()
    {
        var refused = await Assert.ThrowsAsync<TestDataRefusedException>(() => app.Host.CreateAssociationAsync(municipalities: ["0683"], regions: []));

        Assert.Contains("REGISTRY_COMPOSITION", refused.Message, StringComparison.Ordinal);
        Assert.Contains("skulle förbundet sakna en region", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_use_case_run_for_one_association_cannot_write_another_associations_rows()
    {
        var own = await app.Host.CreateAssociationAsync();
        var other = await app.Host.CreateAssociationAsync();
        var meeting = new MeetingRequest(new DateOnly(2024, 5, 20), "Provsalen", MeetingKind.Ordinary, null, null);

        await Assert.ThrowsAsync<CrossAssociationWriteException>(() => app.Host.RunAsync<SaveMeetingHandler, Saved>(
            own.Id, SaveMeetingHandler.Validate(meeting, isUpdate: false), (h, ct) => h.CreateAsync(other.Id, meeting, ct)));
    }

    [Fact]
    public async Task Test_data_is_audited_as_made_by_the_test_data_actor()
    {
        var association = await app.Host.CreateAssociationAsync();
        await app.Host.CreateCharterVersionAsync(association, new DateOnly(2016, 1, 1));

        var actors = await app.Host.WithDbAsync(db => db.AuditEntries.Where(e => e.AssociationId == association.Id).Select(e => e.Actor).Distinct().ToListAsync());

        Assert.Equal([UseCases.ActorName], actors);
    }
}
