using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.CreateCharterVersion;

public sealed record CharterSeatRequest(string? OrganisationCode, int? Seats);

public sealed record CharterShareRequest(string? OrganisationCode, decimal? Share);

/// <summary>
/// A new version of the charter from <see cref="ValidFrom"/>. <see cref="MandatePeriodYears"/> only when shorter than
/// the law's four years; <see cref="NoticePeriodMonths"/> at most 36 (default 36). <see cref="BoardSeats"/> lists the
/// members with another number of seats than <see cref="BoardSeatsPerMember"/>; <see cref="FixedShares"/> the shares of
/// each party's quarter when a split key is <see cref="SplitKeyKind.FixedShares"/>.
/// </summary>
public sealed record CreateCharterVersionRequest(
    DateOnly? ValidFrom,
    int? BoardSeatsPerMember,
    int? MandatePeriodYears,
    int? NoticePeriodMonths,
    string? QualifiedMajorityMatters,
    SplitKeyKind? MunicipalSplitKey,
    SplitKeyKind? RegionSplitKey,
    decimal? MixPopulationWeight,
    string? Note,
    IReadOnlyList<CharterSeatRequest>? BoardSeats,
    IReadOnlyList<CharterShareRequest>? FixedShares);

/// <summary>Records a new charter version. It takes effect only when every member has decided (see <see cref="CharterRule"/>).</summary>
public sealed class CreateCharterVersionHandler(AppDbContext db, RegisterReader reader)
{
    public static ValidationErrors Validate(CreateCharterVersionRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("validFrom", "Gäller från", r.ValidFrom);
        errors.Range("boardSeatsPerMember", "Ledamöter per medlem", r.BoardSeatsPerMember, 1, 20);
        errors.Range("mandatePeriodYears", "Mandattid", r.MandatePeriodYears, 1, CharterRule.MaxMandateYears);
        errors.Range("noticePeriodMonths", "Uppsägningstid", r.NoticePeriodMonths, 0, ExitNoticeRule.LawNoticeMonths);
        errors.FreeText("qualifiedMajorityMatters", "Ärenden som kräver kvalificerad majoritet", r.QualifiedMajorityMatters, 2000);
        errors.FreeText("note", "Anteckning", r.Note, 2000);
        var usesMix = r.MunicipalSplitKey == SplitKeyKind.WeightedMix || r.RegionSplitKey == SplitKeyKind.WeightedMix;
        if (usesMix && r.MixPopulationWeight is not { } w)
        {
            errors.Add("mixPopulationWeight", "Vikten för invånare måste anges när fördelningsnyckeln är en viktad blandning.");
        }
        else if (r.MixPopulationWeight is { } weight && (weight < 0m || weight > 1m))
        {
            errors.Add("mixPopulationWeight", "Vikten för invånare ska vara mellan 0 och 1.");
        }

        var seats = r.BoardSeats ?? [];
        for (var i = 0; i < seats.Count; i++)
        {
            errors.Required($"boardSeats[{i}].organisationCode", $"Medlem (ledamöter, rad {i + 1})", seats[i].OrganisationCode);
            errors.RequiredRange($"boardSeats[{i}].seats", $"Antal ledamöter (rad {i + 1})", seats[i].Seats, 1, 20);
        }

        var shares = r.FixedShares ?? [];
        for (var i = 0; i < shares.Count; i++)
        {
            errors.Required($"fixedShares[{i}].organisationCode", $"Medlem (andelar, rad {i + 1})", shares[i].OrganisationCode);
            if (errors.Required($"fixedShares[{i}].share", $"Andel (rad {i + 1})", shares[i].Share) && (shares[i].Share <= 0m || shares[i].Share > 1m))
            {
                errors.Add($"fixedShares[{i}].share", $"Andel (rad {i + 1}) ska vara större än 0 och högst 1.");
            }
        }

        if (shares.Count > 0 && r.MunicipalSplitKey != SplitKeyKind.FixedShares && r.RegionSplitKey != SplitKeyKind.FixedShares)
        {
            errors.Add("fixedShares", "Fasta andelar anges bara när en fördelningsnyckel är fasta andelar.");
        }

        return errors;
    }

    public async Task<Result<Guid>> HandleAsync(Guid associationId, CreateCharterVersionRequest r, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return RegistryErrors.AssociationNotFound;
        }

        var validFrom = r.ValidFrom!.Value;
        if (!association.OperatesOn(validFrom))
        {
            return RegistryErrors.NotOperating with { Field = "validFrom" };
        }

        if (await db.Set<CharterVersion>().AnyAsync(c => c.AssociationId == associationId && c.ValidFrom == validFrom, ct))
        {
            return RegistryErrors.CharterVersionExists;
        }

        var members = (await reader.MemberPeriodsAsync(associationId, ct)).Where(m => m.IsActiveOn(validFrom)).ToList();
        var byCode = members.ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);
        var requested = (r.BoardSeats ?? []).Select(s => s.OrganisationCode!.Trim()).Concat((r.FixedShares ?? []).Select(s => s.OrganisationCode!.Trim())).ToList();
        if (requested.FirstOrDefault(c => !byCode.ContainsKey(c)) is { } stranger)
        {
            return RegistryErrors.NotMemberOnCharterDate with { Field = "boardSeats", Message = $"{stranger} är inte medlem {Domain.SwedishCulture.Date(validFrom)}. " + RegistryErrors.NotMemberOnCharterDate.Message };
        }

        var version = new CharterVersion
        {
            AssociationId = associationId,
            ValidFrom = validFrom,
            BoardSeatsPerMember = r.BoardSeatsPerMember ?? 1,
            MandatePeriodYears = r.MandatePeriodYears is { } years && years < CharterRule.MaxMandateYears ? years : null,
            NoticePeriodMonths = r.NoticePeriodMonths ?? ExitNoticeRule.LawNoticeMonths,
            QualifiedMajorityMatters = RegistryText.Trimmed(r.QualifiedMajorityMatters),
            MunicipalSplitKey = r.MunicipalSplitKey ?? SplitKeyKind.Population,
            RegionSplitKey = r.RegionSplitKey ?? SplitKeyKind.Population,
            MixPopulationWeight = r.MixPopulationWeight,
            Note = RegistryText.Trimmed(r.Note),
        };
        foreach (var group in (r.BoardSeats ?? []).GroupBy(s => byCode[s.OrganisationCode!.Trim()].OrganisationId))
        {
            version.BoardSeats.Add(new CharterBoardSeat { AssociationId = associationId, CharterVersionId = version.Id, OrganisationId = group.Key, Seats = group.Last().Seats!.Value });
        }

        var shares = (r.FixedShares ?? []).GroupBy(s => byCode[s.OrganisationCode!.Trim()].OrganisationId).ToDictionary(g => g.Key, g => g.Last().Share!.Value);
        if (ShareProblems(version, members, shares) is { Count: > 0 } problems)
        {
            return RegistryErrors.Rule("REGISTRY_CHARTER_SHARES", string.Join(" ", problems) + $" ({LawSources.SplitKey})", "fixedShares");
        }

        foreach (var (organisationId, share) in shares)
        {
            version.FixedShares.Add(new CharterMemberShare { AssociationId = associationId, CharterVersionId = version.Id, OrganisationId = organisationId, Share = share });
        }

        db.Add(version);
        await db.SaveChangesAsync(ct);
        return version.Id;
    }

    private static List<string> ShareProblems(CharterVersion version, List<MemberPeriod> members, Dictionary<Guid, decimal> shares)
    {
        var problems = new List<string>();
        if (version.MunicipalSplitKey == SplitKeyKind.FixedShares)
        {
            var party = members.Where(m => m.CountsAsMunicipality).ToList();
            problems.AddRange(CharterRule.ShareProblems("kommunerna", party, shares.Where(s => party.Any(m => m.OrganisationId == s.Key) || !members.Any(m => m.OrganisationId == s.Key && m.CountsAsRegion)).ToDictionary()));
        }

        if (version.RegionSplitKey == SplitKeyKind.FixedShares)
        {
            var party = members.Where(m => m.CountsAsRegion).ToList();
            problems.AddRange(CharterRule.ShareProblems("regionerna", party, shares.Where(s => party.Any(m => m.OrganisationId == s.Key) || !members.Any(m => m.OrganisationId == s.Key && m.CountsAsMunicipality)).ToDictionary()));
        }

        return problems;
    }
}
