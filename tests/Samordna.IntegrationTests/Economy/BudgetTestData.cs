using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Governance;

namespace Samordna.IntegrationTests.Economy;

public static class BudgetTestData
{
    /// <summary>A budget proposal (version 1, a draft) for <paramref name="year"/>, through the use case.</summary>
    public static Task<Saved> CreateBudgetAsync(this SamordnaTestHost host, TestAssociation association, int year)
    {
        var request = new CreateBudgetRequest(year);
        return host.RunAsync<BudgetHandler, Saved>(association.Id, BudgetHandler.Validate(request), (h, ct) => h.CreateAsync(association.Id, request, ct));
    }
}
