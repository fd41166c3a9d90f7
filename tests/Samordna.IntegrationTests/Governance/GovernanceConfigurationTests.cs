using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Governance;

/// <summary>The election calendar and seats are configuration; a nonsensical value stops the start with a Swedish message.</summary>
[Collection(AppCollection.Name)]
public sealed class GovernanceConfigurationTests(AppFixture app)
{
    [Fact]
    public void An_election_interval_of_zero_years_refuses_to_start()
    {
        var ex = Record.Exception(() =>
        {
            using var host = new SamordnaTestHost(app.Database, new Dictionary<string, string?> { ["Governance:ElectionIntervalYears"] = "0" });
        });

        Assert.NotNull(ex);
        Assert.Contains("Governance:ElectionIntervalYears måste vara mellan 1 och 10", Flatten(ex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_state_seat_count_changes_the_board_s_seats()
    {
        await using var host = new SamordnaTestHost(app.Database, new Dictionary<string, string?> { ["Governance:StateMemberBoardSeats"] = "2" });
        var association = await host.CreateAssociationAsync();
        var admin = await host.CreateUserAsync(Samordna.Web.Infrastructure.Security.Role.AssociationAdministrator, association.Id);
        using var api = await host.ApiClientAsync(admin);

        var board = await GovernanceTestData.GetJsonAsync(api, $"/api/v1/associations/{association.Id}/board?asOf=2025-06-01");

        // FK and AF two each, the region and two municipalities one each.
        Assert.Equal(7, board.GetProperty("seats").GetInt32());
        Assert.Equal(4, board.GetProperty("quorumMinimum").GetInt32());
    }

    private static string Flatten(Exception ex) => ex.InnerException is null ? ex.Message : ex.Message + " | " + Flatten(ex.InnerException);
}
