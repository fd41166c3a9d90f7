using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>
/// The association's books read in from SIE: the years read so far, and the upload (read by <see cref="UploadForm"/>,
/// size checked before and while reading; a dry run shows what the file holds without saving).
/// </summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
[IgnoreAntiforgeryToken]
public sealed class BooksModel(ImportLedgerHandler import, AppDbContext db, IOptions<FileLimits> limits) : PageModel
{
    public Guid AssociationId { get; private set; }

    public IReadOnlyList<LedgerYear> Years { get; private set; } = [];

    public LedgerImportOutcome? Outcome { get; private set; }

    public bool DryRun { get; private set; } = true;

    public bool AcceptUnbalanced { get; private set; }

    public bool ReplaceBalances { get; private set; }

    /// <summary>What the import saved on the last post asked the officer to check, carried over its redirect.</summary>
    public IReadOnlyList<string> SavedWarnings { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        SavedWarnings = TempData[WarningsKey] as string[] ?? [];
        await LoadAsync(ct);
    }

    private const string WarningsKey = "LedgerWarnings";

    private const int MaxCarriedWarnings = 10;

    /// <summary>The table template: the headings and one example voucher (a cost and its payment).</summary>
    public IActionResult OnGetTemplate() =>
        File(TabularFile.WriteXlsx("Bokföring", LedgerTable.Header, [["2025-01-31", "A 1", "5010", "Lokalhyra", 12_500.50m, "K1", "P1"], ["2025-01-31", "A 1", "1930", "Bank", -12_500.50m, null, null]]),
            TabularFile.ContentType(FileKind.Xlsx), "bokforing-mall.xlsx");

    /// <summary>No parameters and no bound properties: the form is read by <see cref="UploadForm"/>, with its limits.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        AssociationId = Guid.Parse((string)RouteData.Values["associationId"]!, CultureInfo.InvariantCulture);
        var ct = HttpContext.RequestAborted;
        var form = await UploadForm.ReadAsync(HttpContext, limits.Value, ct);
        if (form.MissingAntiforgeryToken)
        {
            return BadRequest();
        }

        ModelState.Clear();
        await LoadAsync(ct);
        DryRun = form.Value("DryRun") is "true" or "on";
        AcceptUnbalanced = form.Value("AcceptUnbalanced") is "true" or "on";
        ReplaceBalances = form.Value("ReplaceBalances") is "true" or "on";
        if (form.Problem is { } problem)
        {
            Response.StatusCode = problem.StatusCode;
            ModelState.AddModelError("File", problem.ToString());
            return Page();
        }

        if (form.File("File") is not { } upload)
        {
            ModelState.AddModelError("File", "Välj en fil att läsa in: SIE, Excel eller CSV.");
            return Page();
        }

        await using (var stream = upload.OpenReadStream())
        {
            Outcome = await import.ImportAsync(AssociationId, stream, upload.FileName, DryRun, AcceptUnbalanced, ct, replaceBalances: ReplaceBalances);
        }

        if (Outcome.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError("File", $"Filen har {SwedishCulture.Count(Outcome.Errors.Count, "fel", "fel")} och har inte lästs in. Ingenting har sparats.");
        }
        else if (Outcome.Saved)
        {
            TempData["Status"] = $"Bokföringen för {SwedishCulture.Date(Outcome.Start!.Value)}–{SwedishCulture.Date(Outcome.End!.Value)} är inläst: "
                                 + $"{SwedishCulture.Count(Outcome.Vouchers, "verifikation", "verifikationer")} med {SwedishCulture.Count(Outcome.Transactions, "rad", "rader")}.";
            // The warnings (and the accounts still to map) are the officer's to act on: they survive the redirect.
            // Carried in a cookie to the page after the redirect: the first few and a count of the rest, so a file
            // with hundreds of warnings cannot make a cookie larger than a proxy or the server accepts.
            var warnings = Warnings(Outcome).ToList();
            TempData[WarningsKey] = warnings.Count <= MaxCarriedWarnings
                ? warnings.ToArray()
                : [.. warnings.Take(MaxCarriedWarnings), $"… och {warnings.Count - MaxCarriedWarnings} varningar till (provkör filen för att se alla)."];
            return Redirect($"/forbund/{AssociationId}/ekonomi/bokforing");
        }

        return Page();
    }

    /// <summary>The points to check after an import: its warnings, then the result accounts not yet mapped (30 named at most).</summary>
    public static IEnumerable<string> Warnings(LedgerImportOutcome o)
    {
        foreach (var w in o.Warnings)
        {
            yield return w.Message;
        }

        if (o.UnmappedAccounts.Count > 0)
        {
            yield return $"{SwedishCulture.Count(o.UnmappedAccounts.Count, "resultatkonto", "resultatkonton")} är inte kopplade till budgetens slag: "
                         + $"{string.Join(", ", o.UnmappedAccounts.Take(30))}{(o.UnmappedAccounts.Count > 30 ? " …" : string.Empty)}.";
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Years = await db.Set<LedgerYear>().AsNoTracking().Where(y => y.AssociationId == AssociationId).OrderByDescending(y => y.Start).ToListAsync(ct);
}
