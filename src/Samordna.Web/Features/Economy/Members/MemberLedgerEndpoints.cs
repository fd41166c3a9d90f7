using Samordna.Web.Features.Governance;

namespace Samordna.Web.Features.Economy.Members;

/// <summary>The member ledger's and the member report's API, under <c>/associations/{associationId}</c>.</summary>
internal static class MemberLedgerEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/member-ledger", Ledger)
            .Declare(EconomyPermissions.ViewMemberReport, "GetMemberLedger",
                "Medlemsbidragen ett år per datum: per medlem att betala enligt den fastställda tabellen, fakturerat, betalt och kvar att betala (fakturerat − betalt), och varje faktura med inbetalningar. En medlemsrepresentant ser bara sin medlem.");
        association.MapPost("/member-invoices", CreateInvoice)
            .Declare(EconomyPermissions.ManageMemberLedger, "CreateMemberInvoice", "Registrera en faktura till en medlem (år, fakturadatum, förfallodag, belopp, fakturanummer).");
        association.MapPost("/member-invoices/annual", InvoiceYear)
            .Declare(EconomyPermissions.ManageMemberLedger, "InvoiceMemberContributions",
                "Fakturera årets avgifter: en faktura per medlem med beloppet i den fastställda tabellen över medlemsbidrag (medlemmar som redan har en faktura för året hoppas över); med dryRun=true bara förslaget.");
        association.MapPut("/member-invoices/{invoiceId:guid}", CorrectInvoice)
            .Declare(EconomyPermissions.ManageMemberLedger, "CorrectMemberInvoice", "Rätta en fakturas datum, belopp och fakturanummer (beloppet kan inte bli lägre än det som redan är betalt).");
        association.MapPost("/member-invoices/{invoiceId:guid}/payments", RecordPayment)
            .Declare(EconomyPermissions.ManageMemberLedger, "RecordMemberPayment", "Registrera en inbetalning på en faktura (högst det som återstår att betala).");
        association.MapPost("/member-invoices/{invoiceId:guid}/payments/{paymentId:guid}/reversal", ReversePayment)
            .Declare(EconomyPermissions.ManageMemberLedger, "ReverseMemberPayment",
                "Ta bort en inbetalning som registrerats fel (fel belopp eller datum), med fakturans version; granskningsloggen behåller vad den var.");
        association.MapGet("/member-report", Report)
            .Declare(EconomyPermissions.ViewMemberReport, "GetMemberReport",
                "Medlemsrapporten: vad medlemmen ska betala och har betalat, dess andel av det som finansierats och dess del av årets insatskostnader, och insatserna i dess kommun med skyddade uppföljningssiffror. En medlemsrepresentant bara för sin medlem.");
        association.MapGet("/member-report/export", Export)
            .Declare(EconomyPermissions.ViewMemberReport, "ExportMemberReport", "Medlemsrapporten som Excel (ett blad: avsnitt, post, värde; belopp i kronor som tal).");
    }

    private static async Task<Results<Ok<MemberLedgerView>, ValidationProblem>> Ledger(
        Guid associationId, int? year, DateOnly? asOf, MemberLedgerHandler handler, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var today = SwedishCulture.Today(clock);
        var restriction = await access.MemberRestrictionAsync(associationId, EconomyPermissions.ViewMemberReport, ct);
        return TypedResults.Ok(await handler.ReadAsync(associationId, year ?? today.Year, asOf ?? today, restriction, ct));
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateInvoice(Guid associationId, MemberInvoiceRequest request, MemberLedgerHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MemberLedgerHandler.Validate(request), () => handler.CreateInvoiceAsync(associationId, request, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/member-ledger?year={request.Year}", saved));

    private static Task<Results<Ok<AnnualInvoicesResult>, ValidationProblem, ProblemHttpResult>> InvoiceYear(
        Guid associationId, AnnualInvoicesRequest request, bool? dryRun, MemberLedgerHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MemberLedgerHandler.Validate(request), () => handler.InvoiceYearAsync(associationId, request, dryRun == true, ct), TypedResults.Ok);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> CorrectInvoice(
        Guid associationId, Guid invoiceId, CorrectInvoiceRequest request, MemberLedgerHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MemberLedgerHandler.Validate(request), () => handler.CorrectInvoiceAsync(associationId, invoiceId, request, ct), TypedResults.Ok);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> RecordPayment(
        Guid associationId, Guid invoiceId, MemberPaymentRequest request, MemberLedgerHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MemberLedgerHandler.Validate(request), () => handler.RecordPaymentAsync(associationId, invoiceId, request, ct), TypedResults.Ok);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> ReversePayment(
        Guid associationId, Guid invoiceId, Guid paymentId, ReversePaymentRequest request, MemberLedgerHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(new ValidationErrors().VersionRead(request.Version), () => handler.ReversePaymentAsync(associationId, invoiceId, paymentId, request, ct), TypedResults.Ok);

    private static async Task<Results<Ok<MemberReport>, ValidationProblem, ProblemHttpResult>> Report(
        Guid associationId, Guid? member, int? year, DateOnly? asOf, MemberReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var result = await ReadAsync(associationId, member, year, asOf, reader, access, clock, ct);
        return result switch
        {
            { Report: { } report } => TypedResults.Ok(report),
            { Errors: { } errors } => ApiResults.Validation(errors),
            _ => ApiResults.Problem(result.Error!),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid associationId, Guid? member, int? year, DateOnly? asOf, MemberReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var result = await ReadAsync(associationId, member, year, asOf, reader, access, clock, ct);
        return result switch
        {
            { Report: { } report } => TypedResults.File(MemberReportExport.Xlsx(report), TabularFile.ContentType(FileKind.Xlsx), MemberReportExport.FileName(report)),
            { Errors: { } errors } => ApiResults.Validation(errors),
            _ => ApiResults.Problem(result.Error!),
        };
    }

    private sealed record ReportRead(MemberReport? Report, ValidationErrors? Errors, Error? Error);

    private static async Task<ReportRead> ReadAsync(
        Guid associationId, Guid? member, int? year, DateOnly? asOf, MemberReportReader reader, AccessControl access, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        errors.Required("member", "Medlem", member);
        if (!errors.IsValid)
        {
            return new ReportRead(null, errors, null);
        }

        var restriction = await access.MemberRestrictionAsync(associationId, EconomyPermissions.ViewMemberReport, ct);
        if (restriction is not null && !restriction.Contains(member!.Value))
        {
            return new ReportRead(null, null, EconomyErrors.NotYourMemberReport);
        }

        var today = SwedishCulture.Today(clock);
        var report = await reader.ReadAsync(associationId, member!.Value, year ?? today.Year, asOf ?? today, ct);
        return report.IsSuccess ? new ReportRead(report.Value, null, null) : new ReportRead(null, null, report.Error);
    }
}
