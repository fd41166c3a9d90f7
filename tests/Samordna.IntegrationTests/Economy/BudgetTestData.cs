using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Domain;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Members;
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

    /// <summary>An invoice of 1 000 kr to the association's FK member for <paramref name="year"/>, through the use case.</summary>
    public static Task<Saved> CreateMemberInvoiceAsync(this SamordnaTestHost host, TestAssociation association, int year)
    {
        var request = new MemberInvoiceRequest(association.Members["FK"], year, new DateOnly(year, 1, 15), new DateOnly(year, 2, 15), Sek.FromKronor(1000), $"TEST-{year}");
        return host.RunAsync<MemberLedgerHandler, Saved>(association.Id, MemberLedgerHandler.Validate(request), (h, ct) => h.CreateInvoiceAsync(association.Id, request, ct));
    }

    /// <summary>Reads a hand-written SIE file (line ends made "\n") into the association's books through the use case, as it is, saved or not.</summary>
    public static async Task<LedgerImportOutcome> ReadBooksAsync(this SamordnaTestHost host, Guid associationId, string sie, Encoding? encoding = null, bool dryRun = false)
    {
        using var scope = host.CreateScope();
        using var stream = new MemoryStream((encoding ?? Encoding.ASCII).GetBytes(sie.Replace("\r\n", "\n", StringComparison.Ordinal)));
        return await scope.ServiceProvider.GetRequiredService<ImportLedgerHandler>().ImportAsync(associationId, stream, "bok.se", dryRun, false, CancellationToken.None);
    }

    /// <summary>As <see cref="ReadBooksAsync"/>, and the test fails naming the file's errors unless the books were saved.</summary>
    public static async Task<LedgerImportOutcome> ImportBooksAsync(this SamordnaTestHost host, Guid associationId, string sie, Encoding? encoding = null)
    {
        var imported = await host.ReadBooksAsync(associationId, sie, encoding);
        Assert.True(imported.Saved, string.Join(" ", imported.Errors.Select(e => e.Message)));
        return imported;
    }
}
