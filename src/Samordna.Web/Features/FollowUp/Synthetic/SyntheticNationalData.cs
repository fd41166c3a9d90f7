using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.FollowUp.Synthetic;

/// <summary>What to generate: how many records in how many new associations over how many calendar years up to a day.</summary>
public sealed record SyntheticRequest(int Participations, int Associations, int Years, int Seed, DateOnly Until);

/// <summary>What was generated.</summary>
public sealed record SyntheticResult(IReadOnlyList<(Guid Id, string Name, int Participations)> Associations, int Interventions, long Participations, long Incomes);

/// <summary>
/// A synthetic national data set for demos, tests and benchmarks: new associations named "Syntetiskt förbund NN"
/// (marked as demo, organisation numbers in the unused 222998-series), each with individual interventions followed up by
/// participation records, and the records themselves with made-up but plausible distributions (about 55 % women, ages
/// 16–64 around 25–45, from a month to two years in the intervention, about 60 % of leavers to work, studies or
/// job-seeking as in SUS 2021). Nothing in it is about a person: every value is drawn from a seeded random generator, so
/// the same request on the same starting database gives the same records (the ids excepted).
/// <para>
/// Associations and interventions are saved through EF Core (and audited as usual). The records are written with
/// prepared ADO.NET commands on SQLite and binary COPY on PostgreSQL, one transaction per batch, bypassing the change
/// tracker and the audit log: a million records are synthetic bulk, not anyone's changes.
/// </para>
/// </summary>
public sealed class SyntheticNationalData(AppDbContext db, IOptions<FollowUpOptions> followUp, IOptions<InterventionsOptions> interventions)
{
    public const string NamePrefix = "Syntetiskt förbund ";
    public const string CodePrefix = "syntetiskt-";
    private const int BatchSize = 10_000;

    private static readonly (string Code, int Weight)[] StartOccupations = [("ovrigt", 50), ("arbetssokande", 32), ("studier", 8), ("arbete", 6), ("arbete-lonestod", 4)];
    private static readonly (string Code, int Weight)[] StartIncomes =
    [
        ("ekonomiskt-bistand", 28), ("sjukpenning", 22), ("aktivitetsersattning", 10), ("aktivitetsstod", 10), ("a-kassa", 8), ("sjukersattning", 5),
        ("ingen-okand", 5), ("etableringsersattning", 4), ("lon", 3), ("annan", 3), ("studiemedel", 2),
    ];

    private static readonly (string Code, int Weight)[] SupportTimes = [("under-1", 20), ("1-2", 33), ("3-5", 25), ("over-5", 17), ("okand", 5)];
    private static readonly (string Code, int Weight)[] EducationLevels = [("grundskola", 33), ("gymnasium", 45), ("eftergymnasial", 12), ("ej-grundskola", 8), ("okand", 2)];
    private static readonly (string Code, int Weight)[] ExitReasons = [("enligt-plan", 68), ("avbrott-halsa", 13), ("eget-onskemal", 9), ("flyttat", 4), ("annat", 5), (FollowUpOptions.MistakeExitReason, 1)];

    // SUS 2021: about 60 % of leavers to work, studies or active job-seeking.
    private static readonly (string Code, int Weight)[] EndOccupations = [("arbete", 16), ("arbete-lonestod", 10), ("studier", 12), ("arbetssokande", 22), ("ovrigt", 40)];
    private static readonly (string Code, int Weight)[] EndIncomesOther = [("a-kassa", 25), ("ekonomiskt-bistand", 35), ("sjukpenning", 20), ("aktivitetsstod", 15), ("sjukersattning", 5)];

    /// <summary>Codes this generator uses that the configured lists lack (a host with its own lists cannot use it).</summary>
    public IReadOnlyList<string> MissingCodes()
    {
        var o = followUp.Value;
        var missing = new List<string>();
        void Check(IEnumerable<string> codes, IEnumerable<string> known, string list) =>
            missing.AddRange(codes.Except(known, StringComparer.Ordinal).Select(c => $"{list}: {c}"));
        Check(StartOccupations.Concat(EndOccupations).Select(c => c.Code), o.Occupations.Select(c => c.Code), "Occupations");
        Check(StartIncomes.Concat(EndIncomesOther).Select(c => c.Code).Append("lon").Append("studiemedel"), o.IncomeSources.Select(c => c.Code), "IncomeSources");
        Check(SupportTimes.Select(c => c.Code), o.SupportTimes.Select(c => c.Code), "SupportTimes");
        Check(EducationLevels.Select(c => c.Code), o.EducationLevels.Select(c => c.Code), "EducationLevels");
        Check(ExitReasons.Select(c => c.Code), o.ExitReasons.Select(c => c.Code), "ExitReasons");
        return missing.Distinct().ToList();
    }

    /// <summary>Associations that are neither demo nor synthetic: a database with real data.</summary>
    public Task<int> RealAssociationsAsync(CancellationToken ct) =>
        db.Set<Association>().CountAsync(a => !a.IsDemo, ct);

    public async Task<SyntheticResult> GenerateAsync(SyntheticRequest request, Func<string, Task> progress, CancellationToken ct)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking().ToListAsync(ct);
        var fk = organisations.FirstOrDefault(o => o.Kind == OrganisationKind.SocialInsuranceAgency)
                 ?? throw new InvalidOperationException("Referensdata saknas (Försäkringskassan); kör migrate först.");
        var af = organisations.First(o => o.Kind == OrganisationKind.EmploymentService);
        var regions = organisations.Where(o => o.Kind == OrganisationKind.Region).ToDictionary(o => o.CountyCode!, StringComparer.Ordinal);
        var municipalities = organisations.Where(o => o.Kind == OrganisationKind.Municipality && o.MunicipalityCode is not null).OrderBy(o => o.MunicipalityCode, StringComparer.Ordinal).ToList();

        // Numbered after the synthetic associations already there, so a second run adds to the first.
        var existing = await db.Set<Association>().AsNoTracking().Where(a => a.Code.StartsWith(CodePrefix)).Select(a => a.Code).ToListAsync(ct);
        var first = existing.Select(c => int.TryParse(c.AsSpan(CodePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;

        var lastDay = request.Until;
        var firstDay = new DateOnly(lastDay.Year - request.Years + 1, 1, 1);
        var options = interventions.Value;
        var precise = options.OrientationsFor(Orientation.Individual)[0].Code;
        var created = new List<(Guid Id, string Name, int Participations)>();
        var interventionCount = 0;
        long participationCount = 0;
        long incomeCount = 0;
        var writer = new RecordWriter(db);
        for (var a = 0; a < request.Associations; a++)
        {
            var number = first + a;
            var random = new Random(unchecked((request.Seed * 1_000_003) + number));
            var records = request.Participations / request.Associations + (a < request.Participations % request.Associations ? 1 : 0);

            // A contiguous share of the country's municipalities, with the region of the first one.
            var perAssociation = Math.Max(1, municipalities.Count / request.Associations);
            var members = Enumerable.Range(0, perAssociation).Select(i => municipalities[((number - 1) * perAssociation + i) % municipalities.Count]).Distinct().ToList();
            var association = new Association
            {
                Code = CodePrefix + number.ToString("00", CultureInfo.InvariantCulture),
                Name = NamePrefix + number.ToString("00", CultureInfo.InvariantCulture),
                OrganisationNumber = OrganisationNumber(number),
                SeatMunicipalityCode = members[0].MunicipalityCode!,
                FormedOn = new DateOnly(2010, 1, 1),
                IsDemo = true,
            };
            db.Add(association);
            var memberOrganisations = new List<Organisation> { fk, af };
            if (members[0].CountyCode is { } county && regions.TryGetValue(county, out var region))
            {
                memberOrganisations.Add(region);
            }

            memberOrganisations.AddRange(members);
            foreach (var member in memberOrganisations)
            {
                db.Add(new Membership { AssociationId = association.Id, OrganisationId = member.Id, ValidFrom = association.FormedOn });
            }

            // About 1 500 records per intervention, as a large individual intervention has over three years.
            var count = Math.Clamp((int)Math.Round(records / 1500.0), 1, 60);
            var owned = new List<Intervention>();
            for (var n = 0; n < count; n++)
            {
                var owner = members[n % members.Count];
                var intervention = new Intervention
                {
                    AssociationId = association.Id,
                    Name = $"Syntetisk insats {number:00}-{n + 1:00}",
                    Description = "Syntetisk insats för demonstration, test och prestandamätning. Inga verkliga deltagare.",
                    Orientation = Orientation.Individual,
                    PreciseOrientation = precise,
                    FollowUpMethod = FollowUpMethod.ParticipantRecords,
                    OwnerOrganisationId = owner.Id,
                    StartDate = firstDay.AddDays(-random.Next(30, 365)),
                    EndDate = lastDay.AddDays(random.Next(365, 3 * 365)),
                    AgeFrom = options.WorkingAgeFrom,
                    AgeTo = options.WorkingAgeTo,
                    AccessRoute = AccessRoute.Referral,
                    PublicContact = "Ingen (syntetisk insats)",
                    State = InterventionState.Active,
                    AgreementSignedOn = firstDay.AddDays(-400),
                    IsDemo = true,
                };
                intervention.Parties.Add(new InterventionParty { AssociationId = association.Id, InterventionId = intervention.Id, OrganisationId = owner.Id });
                intervention.Parties.Add(new InterventionParty { AssociationId = association.Id, InterventionId = intervention.Id, OrganisationId = fk.Id });
                db.Add(intervention);
                owned.Add(intervention);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            interventionCount += owned.Count;

            var codes = new HashSet<string>(records, StringComparer.Ordinal);
            for (var done = 0; done < records;)
            {
                var batch = new List<Participation>(Math.Min(BatchSize, records - done));
                for (; batch.Count < BatchSize && done < records; done++)
                {
                    batch.Add(Participation(random, association.Id, owned[random.Next(owned.Count)], firstDay, lastDay, codes));
                }

                incomeCount += await writer.WriteAsync(batch, ct);
                participationCount += batch.Count;
            }

            created.Add((association.Id, association.Name, records));
            await progress($"  {association.Name}: {SwedishCulture.Count(owned.Count, "insats", "insatser")}, {SwedishCulture.Number(records)} deltagarposter");
        }

        return new SyntheticResult(created, interventionCount, participationCount, incomeCount);
    }

    private static Participation Participation(Random random, Guid associationId, Intervention intervention, DateOnly firstDay, DateOnly lastDay, HashSet<string> codes)
    {
        var start = firstDay.AddDays(random.Next(lastDay.DayNumber - firstDay.DayNumber + 1));
        var age = Math.Clamp((int)Math.Round(35 + (Gaussian(random) * 10)), 16, 64);
        var p = new Participation
        {
            AssociationId = associationId,
            InterventionId = intervention.Id,
            Code = NewCode(random, codes),
            Sex = random.Next(100) < 55 ? Sex.Female : Sex.Male,
            BirthYear = start.Year - age,
            StartDate = start,
            StartOccupation = Pick(random, StartOccupations),
            SupportTimeBefore = Pick(random, SupportTimes),
            EducationLevel = Pick(random, EducationLevels),
        };
        var startIncome = Pick(random, StartIncomes);
        p.Incomes.Add(new ParticipationIncome { AssociationId = associationId, ParticipationId = p.Id, Phase = ParticipationPhase.Start, Code = startIncome });
        if (random.Next(100) < 25 && Pick(random, StartIncomes) is var second && second != startIncome)
        {
            p.Incomes.Add(new ParticipationIncome { AssociationId = associationId, ParticipationId = p.Id, Phase = ParticipationPhase.Start, Code = second });
        }

        // From a month to two years, most around five months (log-normal).
        var days = Math.Clamp((int)Math.Round(Math.Exp(Math.Log(150) + (Gaussian(random) * 0.6))), 30, 730);
        var end = start.AddDays(days);
        if (end <= lastDay)
        {
            p.EndDate = end;
            p.ExitReason = Pick(random, ExitReasons);
            p.EndOccupation = Pick(random, EndOccupations);
            var endIncome = p.EndOccupation switch
            {
                "arbete" or "arbete-lonestod" => "lon",
                "studier" => "studiemedel",
                _ => Pick(random, EndIncomesOther),
            };
            p.Incomes.Add(new ParticipationIncome { AssociationId = associationId, ParticipationId = p.Id, Phase = ParticipationPhase.End, Code = endIncome });
        }

        p.UpdatedAt = (p.EndDate ?? p.StartDate).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return p;
    }

    /// <summary>A code from <see cref="ParticipationCode.Alphabet"/>, drawn from the seeded generator (not the cryptographic one: it must repeat), unique in the association.</summary>
    private static string NewCode(Random random, HashSet<string> codes)
    {
        Span<char> code = stackalloc char[ParticipationCode.Length];
        while (true)
        {
            for (var i = 0; i < code.Length; i++)
            {
                code[i] = ParticipationCode.Alphabet[random.Next(ParticipationCode.Alphabet.Length)];
            }

            var text = new string(code);
            if (codes.Add(text))
            {
                return text;
            }
        }
    }

    /// <summary>A Luhn-valid number in the 222998-series, which no real association uses (the demo uses 222999).</summary>
    private static string OrganisationNumber(int serial)
    {
        var payload = "222998" + serial.ToString("000", CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload).ToString(CultureInfo.InvariantCulture);
    }

    private static string Pick(Random random, (string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return choices[^1].Code;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>
    /// Writes records and their income sources, one transaction per batch, with the columns and value conversions of
    /// the EF model (so the rows are exactly what EF writes), outside the change tracker.
    /// </summary>
    private sealed class RecordWriter(AppDbContext db)
    {
        private readonly BulkInsert<Participation> _participations = new(db);
        private readonly BulkInsert<ParticipationIncome> _incomes = new(db);

        public async Task<int> WriteAsync(List<Participation> batch, CancellationToken ct)
        {
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await db.Database.OpenConnectionAsync(ct);
            }

            var incomes = batch.SelectMany(p => p.Incomes).ToList();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await _participations.InsertAsync(connection, transaction, batch, ct);
            await _incomes.InsertAsync(connection, transaction, incomes, ct);
            await transaction.CommitAsync(ct);
            return incomes.Count;
        }
    }
}
