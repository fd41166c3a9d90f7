using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.CreateCharterVersion;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class NewModel(CreateCharterVersionHandler handler, AppDbContext db, TimeProvider clock) : FormPage<NewModel.NewInput>
{
    public Guid AssociationId { get; private set; }

    public IReadOnlyList<SelectListItem> SplitKeys { get; } =
        Enum.GetValues<SplitKeyKind>().Select(k => new SelectListItem(CharterVersion.SwedishSplitKey(k), k.ToString())).ToList();

    public sealed class NewInput
    {
        public string? ValidFrom { get; set; }

        public string? BoardSeatsPerMember { get; set; } = "1";

        public string? MandatePeriodYears { get; set; }

        public string? NoticePeriodMonths { get; set; } = "36";

        public string? QualifiedMajorityMatters { get; set; }

        public SplitKeyKind MunicipalSplitKey { get; set; } = SplitKeyKind.Population;

        public SplitKeyKind RegionSplitKey { get; set; } = SplitKeyKind.Population;

        public string? MixPopulationWeight { get; set; }

        public string? Note { get; set; }

        public List<MemberRow> Members { get; set; } = [];
    }

    public sealed class MemberRow
    {
        public string Code { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Seats { get; set; }

        public string? Share { get; set; }
    }

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        var members = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId).NotEndedBefore(today)
            .Select(m => new { m.Organisation!.Code, m.Organisation.Name, m.Organisation.Kind })
            .ToListAsync(ct);
        Input.Members = members.DistinctBy(m => m.Code).OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .Select(m => new MemberRow { Code = m.Code, Name = m.Name }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var parse = new ValidationErrors();
        var seats = new List<CharterSeatRequest>();
        var shares = new List<CharterShareRequest>();
        foreach (var row in Input.Members)
        {
            if (!string.IsNullOrWhiteSpace(row.Seats))
            {
                seats.Add(new CharterSeatRequest(row.Code, Integer(parse, "boardSeats", $"Ledamöter för {row.Name}", row.Seats)));
            }

            if (!string.IsNullOrWhiteSpace(row.Share))
            {
                shares.Add(new CharterShareRequest(row.Code, Fraction(parse, "fixedShares", $"Andel för {row.Name}", row.Share)));
            }
        }

        var request = new CreateCharterVersionRequest(
            FormFields.Date(parse, "validFrom", "Gäller från", Input.ValidFrom),
            Integer(parse, "boardSeatsPerMember", "Ledamöter per medlem", Input.BoardSeatsPerMember),
            Integer(parse, "mandatePeriodYears", "Mandattid", Input.MandatePeriodYears),
            Integer(parse, "noticePeriodMonths", "Uppsägningstid", Input.NoticePeriodMonths),
            Input.QualifiedMajorityMatters,
            Input.MunicipalSplitKey,
            Input.RegionSplitKey,
            Fraction(parse, "mixPopulationWeight", "Vikt för invånare", Input.MixPopulationWeight),
            Input.Note,
            seats,
            shares);
        return await this.SubmitAsync(
            parse.Merge(CreateCharterVersionHandler.Validate(request)),
            () => handler.HandleAsync(associationId, request, ct),
            id => ("Den nya versionen av förbundsordningen är registrerad. Registrera medlemmarnas beslut; den gäller när alla har beslutat.",
                $"/forbund/{associationId}/forbundsordning/{id}"))
            ?? Page();
    }

    private static int? Integer(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, $"{label} ska vara ett heltal.");
        return null;
    }

    /// <summary>"0,35", "0.35" or "35 %".</summary>
    private static decimal? Fraction(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        var percent = t.EndsWith('%');
        if (decimal.TryParse(percent ? t[..^1] : t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return percent ? value / 100m : value;
        }

        errors.Add(field, $"{label} ska skrivas som ett tal mellan 0 och 1, till exempel 0,35, eller i procent, till exempel 35 %.");
        return null;
    }
}
