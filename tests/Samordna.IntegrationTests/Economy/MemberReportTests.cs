using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The member report of a demo member (Finnveden, whose next-year contribution table the demo adopts and invoices):
/// every figure checked against its source to the öre, namely the adopted contribution table (the contributions API),
/// the member ledger (the demo's invoices and payments, through the ledger API), a ledger import of hand-written books
/// and the follow-up report of each intervention (the follow-up API, protected aggregates only).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class MemberReportTests(DemoDataFixture fixture)
{
    private static long Ore(JsonElement e, string name) => (long)(e.GetProperty(name).GetDecimal() * 100m);

    private async Task<(Guid AssociationId, int Year)> FinnvedenAsync() =>
        await fixture.Host.WithDbAsync(async db =>
        {
            var id = await db.Set<Association>().AsNoTracking().Where(a => a.Name.Contains("Finnveden")).Select(a => a.Id).FirstAsync();
            var year = await db.Set<ContributionTable>().AsNoTracking().Where(t => t.AssociationId == id).MaxAsync(t => t.Year);
            return (id, year);
        });

    /// <summary>
    /// Books of the year: 7010 is the cost of one intervention serving the member (123 456,78), 7020 of another
    /// intervention (10 000,01), 5010 the office (50 000,00). Intervention costs in all: 133 456,79.
    /// </summary>
    private static string Books(int year) => $$"""
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #RAR 0 {{year}}0101 {{year}}1231
        #KONTO 1930 "Bank"
        #KONTO 5010 "Kansli"
        #KONTO 7010 "Insats A"
        #KONTO 7020 "Insats B"
        #VER A 1 {{year}}0301 "Insats A"
        {
        #TRANS 7010 {} 123456.78
        #TRANS 1930 {} -123456.78
        }
        #VER A 2 {{year}}0401 "Insats B"
        {
        #TRANS 7020 {} 10000.01
        #TRANS 1930 {} -10000.01
        }
        #VER A 3 {{year}}0501 "Kansli"
        {
        #TRANS 5010 {} 50000.00
        #TRANS 1930 {} -50000.00
        }
        """;

    [Fact]
    public async Task A_demo_members_report_matches_the_allocation_the_books_and_the_follow_up_exactly()
    {
        var host = fixture.Host;
        var (associationId, year) = await FinnvedenAsync();
        var office = await host.CreateUserAsync(Role.AssociationAdministrator, associationId);
        using var api = await host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{associationId}";

        // The adopted table: the member lines (every line with a member except a unit's).
        var table = await Clients.JsonAsync(await api.GetAsync($"{root}/contributions/{year}"), HttpStatusCode.OK);
        Assert.True(table.GetProperty("isAdopted").GetBoolean());
        var lines = table.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("kind").GetString() != "Unit" && l.GetProperty("organisationId").ValueKind == JsonValueKind.String)
            .Select(l => (Id: l.GetProperty("organisationId").GetGuid(), Ore: Ore(l, "amount"))).ToList();
        var total = lines.Sum(l => l.Ore);
        Assert.Equal(Ore(table, "total"), total);

        // The member: the municipality member served by the most interventions in the year.
        var served = await host.WithDbAsync(db => (from m in db.Set<InterventionMunicipality>().AsNoTracking()
                                                   join i in db.Set<Intervention>().AsNoTracking() on m.InterventionId equals i.Id
                                                   where i.AssociationId == associationId
                                                   select new { m.MunicipalityCode, i.Id }).ToListAsync());
        var organisations = await host.WithDbAsync(db => db.Set<Organisation>().AsNoTracking().Where(o => lines.Select(l => l.Id).Contains(o.Id)).ToListAsync());
        var reports = new Dictionary<Guid, JsonElement>();
        foreach (var (id, _) in lines)
        {
            reports[id] = await Clients.JsonAsync(await api.GetAsync($"{root}/member-report?member={id}&year={year}"), HttpStatusCode.OK);
        }

        var member = organisations.Where(o => o.Kind == OrganisationKind.Municipality)
            .OrderByDescending(o => reports[o.Id].GetProperty("interventions").GetArrayLength()).ThenBy(o => o.Code, StringComparer.Ordinal).First();
        var report = reports[member.Id];
        var interventions = report.GetProperty("interventions").EnumerateArray().ToList();
        Assert.NotEmpty(interventions);
        Assert.Contains(interventions, i => i.GetProperty("hasFollowUp").GetBoolean() && i.GetProperty("participants").ValueKind == JsonValueKind.Number);
        Assert.All(interventions, i => Assert.Contains(served, s => s.Id == i.GetProperty("id").GetGuid() && s.MunicipalityCode == member.MunicipalityCode));

        // Due: exactly the member's line; share: due / all members' contributions, one decimal.
        var due = lines.Single(l => l.Id == member.Id).Ore;
        Assert.Equal(due, Ore(report, "due"));
        Assert.Equal(total, Ore(report, "totalContributions"));
        Assert.Equal((decimal)due / total, report.GetProperty("fundedShare").GetDecimal());
        Assert.Equal(((decimal)due / total * 100m).ToString("N1", CultureInfo.GetCultureInfo("sv-SE")) + " %", report.GetProperty("fundedShareDisplay").GetString());

        // Invoiced, paid, outstanding: as the member ledger says for the member.
        var ledger = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={year}"), HttpStatusCode.OK);
        var balance = ledger.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("organisationId").GetGuid() == member.Id);
        foreach (var field in new[] { "invoiced", "paid", "outstanding" })
        {
            Assert.Equal(Ore(balance, field), Ore(report, field));
        }

        Assert.Equal(Ore(report, "invoiced") - Ore(report, "paid"), Ore(report, "outstanding"));
        // The annual invoices ("{year}-{code}") are exactly the table's lines (another test in the class adds one by hand).
        var annual = ledger.GetProperty("invoices").EnumerateArray().Where(i => i.GetProperty("reference").GetString()!.StartsWith($"{year}-", StringComparison.Ordinal)).ToList();
        Assert.Equal(lines.Count, annual.Count);
        Assert.All(annual, i => Assert.Equal(lines.Single(l => l.Id == i.GetProperty("organisationId").GetGuid()).Ore, Ore(i, "amount")));

        // No books yet: no costs and no share of them.
        Assert.False(report.GetProperty("booksRead").GetBoolean());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("shareOfInterventionCosts").ValueKind);

        // The books: 7010 to an intervention serving the member, 7020 to another one, 5010 the office.
        var mine = interventions[0].GetProperty("id").GetGuid();
        var other = served.Select(s => s.Id).First(id => id != mine);
        await host.ImportBooksAsync(associationId, Books(year));

        var mapping = new
        {
            accounts = new object[]
            {
                new { account = "7010", category = "Intervention", interventionId = mine },
                new { account = "7020", category = "Intervention", interventionId = other },
                new { account = "5010", category = "Administration" },
            },
        };
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/account-mappings", mapping), HttpStatusCode.OK);
        var actuals = await Clients.JsonAsync(await api.GetAsync($"{root}/actuals?year={year}"), HttpStatusCode.OK);
        var costs = Ore(actuals.GetProperty("byCategory"), "Intervention");
        Assert.Equal(13_345_679, costs);

        // The member's part of the costs: within one öre of the exact share, and all members' parts sum to the costs exactly.
        var parts = new Dictionary<Guid, long>();
        foreach (var (id, _) in lines)
        {
            var r = await Clients.JsonAsync(await api.GetAsync($"{root}/member-report?member={id}&year={year}"), HttpStatusCode.OK);
            Assert.Equal(costs, Ore(r, "interventionCosts"));
            parts[id] = Ore(r, "shareOfInterventionCosts");
            var exact = (decimal)costs * lines.Single(l => l.Id == id).Ore / total;
            Assert.True(Math.Abs(parts[id] - exact) < 1m, $"{id}: {parts[id]} öre against the exact {exact}");
        }

        Assert.Equal(costs, parts.Values.Sum());
        report = await Clients.JsonAsync(await api.GetAsync($"{root}/member-report?member={member.Id}&year={year}"), HttpStatusCode.OK);
        Assert.Equal(parts[member.Id], Ore(report, "shareOfInterventionCosts"));

        // Each intervention: its booked cost, and the follow-up report's protected participants and two indicators.
        foreach (var i in report.GetProperty("interventions").EnumerateArray())
        {
            var id = i.GetProperty("id").GetGuid();
            var cost = i.GetProperty("actualCost");
            var booked = id == mine ? 12_345_678L : id == other ? 1_000_001L : (long?)null;
            Assert.Equal(booked, cost.ValueKind == JsonValueKind.Null ? null : (long)(cost.GetDecimal() * 100m));
            if (!i.GetProperty("hasFollowUp").GetBoolean())
            {
                continue;
            }

            var followUp = await Clients.JsonAsync(await api.GetAsync($"{root}/follow-up?year={year}&interventionId={id}"), HttpStatusCode.OK);
            var participants = followUp.GetProperty("participants");
            Assert.Equal(participants.GetProperty("display").GetString(), i.GetProperty("participantsDisplay").GetString());
            Assert.Equal(participants.GetProperty("value").ToString(), i.GetProperty("participants").ToString());
            if (i.GetProperty("participants").ValueKind == JsonValueKind.Number)
            {
                Assert.True(i.GetProperty("participants").GetInt32() is 0 or >= 5, "a count of 1–4 must never be shown");
            }

            var indicators = followUp.GetProperty("indicators").EnumerateArray().Take(2).ToList();
            var shown = i.GetProperty("indicators").EnumerateArray().ToList();
            Assert.Equal(2, shown.Count);
            for (var n = 0; n < 2; n++)
            {
                Assert.Equal(indicators[n].GetProperty("name").GetString(), shown[n].GetProperty("name").GetString());
                Assert.Equal(indicators[n].GetProperty("share").ToString(), shown[n].GetProperty("share").ToString());
            }
        }

        // The page shows the same figures, and the Excel export is a workbook.
        using var pages = await host.SignedInPageClientAsync(office);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{associationId}/ekonomi/medlemsrapport?medlem={member.Id}&ar={year}"));
        Assert.Contains(member.Name, page, StringComparison.Ordinal);
        Assert.Contains(report.GetProperty("fundedShareDisplay").GetString()!, page, StringComparison.Ordinal);
        Assert.Contains(Clients.PlainText(new Web.Domain.Sek(due).ToString()), page, StringComparison.Ordinal);
        Assert.Contains(Clients.PlainText(new Web.Domain.Sek(parts[member.Id]).ToString()), page, StringComparison.Ordinal);
        var excel = await pages.GetAsync($"/forbund/{associationId}/ekonomi/medlemsrapport?handler=Excel&medlem={member.Id}&ar={year}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);

        // The API's export: the same figures, amounts in kronor as numbers.
        var export = await api.GetAsync($"{root}/member-report/export?member={member.Id}&year={year}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = Web.Infrastructure.Files.TabularFile.Read(await export.Content.ReadAsByteArrayAsync(), "rapport.xlsx");
        string Value(string item) => sheet.Rows.Single(r => r.Get(1) == item).Get(2);
        Assert.Equal(due, (long)(decimal.Parse(Value("Att betala enligt fastställd tabell (kr)"), CultureInfo.InvariantCulture) * 100m));
        Assert.Equal(parts[member.Id], (long)(decimal.Parse(Value("Medlemmens del av insatskostnaderna (kr)"), CultureInfo.InvariantCulture) * 100m));
        Assert.Equal(report.GetProperty("fundedShareDisplay").GetString(), Value("Medlemmens andel av bidragen"));
    }

    [Fact]
    public async Task A_representative_reads_only_their_own_members_report_and_payments_beyond_the_invoice_are_refused_in_Swedish()
    {
        var host = fixture.Host;
        var (associationId, year) = await FinnvedenAsync();
        var office = await host.CreateUserAsync(Role.AssociationAdministrator, associationId);
        using var api = await host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{associationId}";
        var ledger = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={year}"), HttpStatusCode.OK);
        var members = ledger.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("organisationId").GetGuid()).ToList();

        var representative = await host.CreateUserAsync(Role.MemberRepresentative, associationId, members[0]);
        using var theirs = await host.ApiClientAsync(representative);
        await Clients.JsonAsync(await theirs.GetAsync($"{root}/member-report?member={members[0]}&year={year}"), HttpStatusCode.OK);
        await Clients.JsonAsync(await theirs.GetAsync($"{root}/member-report?member={members[1]}&year={year}"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync($"{root}/member-report/export?member={members[1]}&year={year}")).StatusCode);
        await Clients.JsonAsync(await api.GetAsync($"{root}/member-report?year={year}"), HttpStatusCode.BadRequest);
        await Clients.JsonAsync(await api.GetAsync($"{root}/member-report?member={Guid.NewGuid()}&year={year}"), HttpStatusCode.NotFound);
        var own = await Clients.JsonAsync(await theirs.GetAsync($"{root}/member-ledger?year={year}"), HttpStatusCode.OK);
        Assert.Equal([members[0]], own.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("organisationId").GetGuid()));
        using var pages = await host.SignedInPageClientAsync(representative);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"/forbund/{associationId}/ekonomi/medlemsrapport?medlem={members[1]}&ar={year}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/forbund/{associationId}/ekonomi/medlemsrapport?ar={year}")).StatusCode);

        // An invoice by hand, and payments against it: an absurd amount is a 400, more than is left a 422, a stale version a 409.
        var organisation = members[^1];
        var saved = await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices",
            new { organisationId = organisation, year, invoiceDate = $"{year}-02-01", dueDate = $"{year}-03-01", amount = 1000.50m, reference = "EXTRA-1" }), HttpStatusCode.Created);
        var invoiceId = saved.GetProperty("id").GetGuid();
        var version = saved.GetProperty("version").GetInt64();
        // An invoice number is used once (also when two requests race): the second is a 409; a date in year 9999 a 400.
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices",
            new { organisationId = organisation, year, invoiceDate = $"{year}-02-02", dueDate = $"{year}-03-02", amount = 5m, reference = "EXTRA-1" }), HttpStatusCode.Conflict);
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices",
            new { organisationId = organisation, year, invoiceDate = "9999-12-31", dueDate = "9999-12-31", amount = 5m, reference = "EXTRA-9" }), HttpStatusCode.BadRequest);
        var payments = $"{root}/member-invoices/{invoiceId}/payments";
        var absurd = await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-10", amount = 1_000_000_000m, version }), HttpStatusCode.BadRequest);
        Assert.Contains("Inbetalt belopp ska vara större än 0 kr", absurd.GetProperty("errors").GetProperty("amount")[0].GetString(), StringComparison.Ordinal);
        await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-10", amount = -5m, version }), HttpStatusCode.BadRequest);
        var paid = await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-10", amount = 600m, version }), HttpStatusCode.OK);
        var over = await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-11", amount = 400.51m, version = paid.GetProperty("version").GetInt64() }), (HttpStatusCode)422);
        Assert.Contains("större än det som återstår på fakturan EXTRA-1", Clients.PlainText(over.GetProperty("detail").GetString()!), StringComparison.Ordinal);
        await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-11", amount = 1m, version }), HttpStatusCode.Conflict);
        var second = await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-11", amount = 400.50m, version = paid.GetProperty("version").GetInt64() }), HttpStatusCode.OK);

        // A payment entered by mistake is taken back (with the invoice's version), so it can be entered again correctly.
        var entered = await host.WithDbAsync(db => db.Set<Web.Features.Economy.Data.MemberPayment>().IgnoreQueryFilters()
            .Where(p => p.InvoiceId == invoiceId).OrderBy(p => p.PaidOn).Select(p => p.Id).ToListAsync());
        Assert.Equal(2, entered.Count);
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{payments}/{entered[1]}/reversal", new { version = paid.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{payments}/{Guid.NewGuid()}/reversal", new { version = second.GetProperty("version").GetInt64() }), HttpStatusCode.NotFound);
        var reversed = await Clients.JsonAsync(await api.PostAsJsonAsync($"{payments}/{entered[1]}/reversal", new { version = second.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<Web.Features.Economy.Data.MemberPayment>().IgnoreQueryFilters().CountAsync(p => p.InvoiceId == invoiceId)));
        await Clients.JsonAsync(await api.PostAsJsonAsync(payments, new { paidOn = $"{year}-02-11", amount = 400.50m, version = reversed.GetProperty("version").GetInt64() }), HttpStatusCode.OK);

        // Money is audit-logged: the auditor reads the payment and the invoice in the log.
        var auditor = await host.CreateUserAsync(Role.Auditor, associationId);
        using var auditorApi = await host.ApiClientAsync(auditor);
        var log = (await Clients.JsonAsync(await auditorApi.GetAsync($"{root}/audit"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(log, i => i.GetProperty("entityType").GetString() == "MemberPayment" && i.GetProperty("action").GetString() == "Added");
        Assert.Contains(log, i => i.GetProperty("entityType").GetString() == "MemberPayment" && i.GetProperty("action").GetString() == "Deleted");
        Assert.Contains(log, i => i.GetProperty("entityType").GetString() == "MemberInvoice" && i.GetProperty("action").GetString() == "Added");

        // Outstanding as of a date: before the invoice without it; after the first payment 1 000,50 − 600,00 = 400,50 more; after the second nothing more.
        var before = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={year}&asOf={year}-01-31"), HttpStatusCode.OK);
        var between = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={year}&asOf={year}-02-10"), HttpStatusCode.OK);
        var after = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={year}&asOf={year}-02-11"), HttpStatusCode.OK);
        long Outstanding(JsonElement l) => Ore(l.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("organisationId").GetGuid() == organisation), "outstanding");
        Assert.Equal(40_050, Outstanding(between) - Outstanding(before));
        Assert.Equal(0, Outstanding(after) - Outstanding(before));

        // The annual invoicing invoices no one twice: everyone has an invoice for the year already.
        var again = await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices/annual", new { year, invoiceDate = $"{year}-01-15" }), (HttpStatusCode)422);
        Assert.Equal("MEMBER_INVOICE_ALL_INVOICED", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_office_invoices_and_records_payments_on_the_pages_without_JavaScript_and_mistakes_are_shown_in_Swedish()
    {
        var host = fixture.Host;
        var (associationId, year) = await FinnvedenAsync();
        var office = await host.CreateUserAsync(Role.AssociationAdministrator, associationId);
        using var pages = await host.SignedInPageClientAsync(office);
        var ledgerPage = $"/forbund/{associationId}/ekonomi/medlemsbidrag?ar={year}";

        // Reached from the budget page; every member already has the demo's invoice, so nothing to propose.
        Assert.Contains($"/forbund/{associationId}/ekonomi/medlemsbidrag\"", await pages.GetStringAsync($"/forbund/{associationId}/ekonomi/budget"), StringComparison.Ordinal);
        Assert.Contains("Alla medlemmar har redan en faktura för året.", Clients.PlainText(await pages.GetStringAsync(ledgerPage)), StringComparison.Ordinal);

        // Without a year the pages open on the latest year invoiced (next year's, in the demo), so a plain link reaches
        // the invoices and their payment pages.
        Assert.Matches($"/forbund/{associationId}/ekonomi/medlemsbidrag/[0-9a-f-]{{36}}\"", await pages.GetStringAsync($"/forbund/{associationId}/ekonomi/medlemsbidrag"));
        Assert.Contains($"Medlemsrapport {year}", Clients.PlainText(await pages.GetStringAsync($"/forbund/{associationId}/ekonomi/medlemsrapport")), StringComparison.Ordinal);

        // An invoice by hand: an unreadable amount and a due date before the invoice date are named; then it is saved.
        var member = (await host.WithDbAsync(db => db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == associationId && m.ValidTo == null).Select(m => m.OrganisationId).FirstAsync())).ToString();
        var post = $"/forbund/{associationId}/ekonomi/medlemsbidrag?handler=Invoice&ar={year}";
        var fields = new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = member, ["Input.Reference"] = "SIDA-1", ["Input.InvoiceDate"] = $"{year}-03-01", ["Input.DueDate"] = $"{year}-02-01", ["Input.Amount"] = "tio kronor",
        };
        var bad = await pages.PostFormAsync(ledgerPage, fields, post);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var text = Clients.PlainText(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Förfallodag får inte vara före fakturadatum.", text, StringComparison.Ordinal);
        Assert.Contains("Fakturans belopp", text, StringComparison.Ordinal);
        fields["Input.DueDate"] = $"{year}-03-31";
        fields["Input.Amount"] = "250,50";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(ledgerPage, fields, post)).StatusCode);

        // A payment on it: more than is left is refused on the field; a stale form is a 409; the rest is saved.
        var invoice = await host.WithDbAsync(db => db.Set<Web.Features.Economy.Data.MemberInvoice>().AsNoTracking().FirstAsync(i => i.AssociationId == associationId && i.Reference == "SIDA-1"));
        var paymentPage = $"/forbund/{associationId}/ekonomi/medlemsbidrag/{invoice.Id}";
        Assert.Contains(paymentPage, await pages.GetStringAsync(ledgerPage), StringComparison.Ordinal);
        var over = await pages.PostFormAsync(paymentPage, new Dictionary<string, string> { ["Input.PaidOn"] = $"{year}-03-10", ["Input.Amount"] = "300", ["Input.Version"] = invoice.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Contains("Inbetalt belopp 300 kr är större än det som återstår på fakturan SIDA-1 (250,50 kr)", Clients.PlainText(await over.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(paymentPage, new Dictionary<string, string> { ["Input.PaidOn"] = $"{year}-03-10", ["Input.Amount"] = "200", ["Input.Version"] = invoice.Version.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await pages.PostFormAsync(paymentPage, new Dictionary<string, string> { ["Input.PaidOn"] = $"{year}-03-11", ["Input.Amount"] = "50,50", ["Input.Version"] = invoice.Version.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        var left = Clients.PlainText(await pages.GetStringAsync(paymentPage));
        Assert.Contains("kvar att betala 50,50 kr", left, StringComparison.Ordinal);

        // A correction: not below what is paid (200,00), then down to exactly what is paid, which leaves nothing to pay.
        var version = (await host.WithDbAsync(db => db.Set<Web.Features.Economy.Data.MemberInvoice>().AsNoTracking().FirstAsync(i => i.Id == invoice.Id))).Version.ToString(CultureInfo.InvariantCulture);
        var correction = new Dictionary<string, string>
        {
            ["Correction.Reference"] = "SIDA-1", ["Correction.InvoiceDate"] = $"{year}-03-01", ["Correction.DueDate"] = $"{year}-03-31", ["Correction.Amount"] = "199,99", ["Correction.Version"] = version,
        };
        var below = await pages.PostFormAsync(paymentPage, correction, paymentPage + "?handler=Correct");
        Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        Assert.Contains("Fakturans belopp 199,99 kr kan inte vara lägre än det som redan är betalt på fakturan (200 kr).", Clients.PlainText(await below.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        correction["Correction.Amount"] = "200";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(paymentPage, correction, paymentPage + "?handler=Correct")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await pages.PostFormAsync(paymentPage, correction, paymentPage + "?handler=Correct")).StatusCode);
        Assert.Contains("Fakturan är betald i sin helhet.", Clients.PlainText(await pages.GetStringAsync(paymentPage)), StringComparison.Ordinal);
    }
}
