using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.Data;

/// <summary>Reads what the register rules work on: an association's membership periods and charter versions.</summary>
public sealed class RegisterReader(AppDbContext db)
{
    public async Task<List<MemberPeriod>> MemberPeriodsAsync(Guid associationId, CancellationToken ct)
    {
        var rows = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId)
            .Select(m => new { m.Id, m.ValidFrom, m.ValidTo, Organisation = m.Organisation! })
            .ToListAsync(ct);
        return rows.Select(r => MemberPeriod.Of(r.Organisation, r.ValidFrom, r.ValidTo)).ToList();
    }

    /// <summary>Charter versions with their decisions, seats and shares, oldest first.</summary>
    public async Task<List<CharterVersion>> CharterVersionsAsync(Guid associationId, CancellationToken ct) =>
        await db.Set<CharterVersion>().AsNoTracking()
            .Where(c => c.AssociationId == associationId)
            .Include(c => c.Decisions)
            .Include(c => c.BoardSeats)
            .Include(c => c.FixedShares)
            .OrderBy(c => c.ValidFrom)
            .AsSplitQuery()
            .ToListAsync(ct);

    /// <summary>The notice period in months of the charter in force on <paramref name="date"/>, or null without one.</summary>
    public async Task<int?> NoticeMonthsOnAsync(Guid associationId, IReadOnlyCollection<MemberPeriod> members, DateOnly date, CancellationToken ct) =>
        CharterRule.InForceOn(await CharterVersionsAsync(associationId, ct), members, date)?.NoticePeriodMonths;

    /// <summary>Code and organisation number are unique across the whole register, outside any request's association scope.</summary>
    public async Task<Error?> UniquenessProblemAsync(Guid? exceptId, string code, string organisationNumber, CancellationToken ct)
    {
        var all = db.Set<Association>().IgnoreQueryFilters().Where(a => exceptId == null || a.Id != exceptId);
        if (await all.AnyAsync(a => a.Code == code, ct))
        {
            return RegistryErrors.DuplicateCode;
        }

        return await all.AnyAsync(a => a.OrganisationNumber == organisationNumber, ct) ? RegistryErrors.DuplicateOrganisationNumber : null;
    }
}
