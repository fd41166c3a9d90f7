using System.Globalization;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.SaveIntervention;
using Samordna.Web.Infrastructure.Files;
using C = Samordna.Web.Features.Interventions.ImportInterventions.ImportColumns;

namespace Samordna.Web.Features.Interventions.ImportInterventions;

/// <summary>One row of the file read into the same application request the page and the API send, plus what only an import has.</summary>
public sealed record ImportRow(int Line, InterventionRequest Request, InterventionState State, DateOnly? AgreementSignedOn, Guid? DecisionId, IReadOnlyList<YearAmountRequest> Grants);

/// <summary>An organisation that is or was a member of the association, as a row may name it.</summary>
public sealed record ImportMember(Guid Id, string Code, string Name, string? MunicipalityCode, string? OrganisationNumber);

/// <summary>
/// Turns the text of one row into an <see cref="ImportRow"/>: words to codes and ids (names, codes or SCB codes), dates,
/// numbers. Only what the text itself gets wrong is reported here, keyed by column; the application's own rules are
/// <c>SaveInterventionHandler.Validate</c>'s, run on the result.
/// </summary>
public sealed class ImportRowReader(
    InterventionsOptions options, IReadOnlyList<ImportMember> members, IReadOnlyDictionary<string, string> municipalities, IReadOnlyList<BoardDecision> decisions)
{
    /// <summary>The states an existing intervention can be imported in: decided, or further on after a signed agreement.</summary>
    public static readonly InterventionState[] States = [InterventionState.Decided, InterventionState.AgreementSigned, InterventionState.Active, InterventionState.Closed];

    private static readonly StringComparer Words = StringComparer.Create(SwedishCulture.Instance, ignoreCase: true);

    public ImportRow Read(TableRow row, IReadOnlyDictionary<string, int> columns, ValidationErrors errors)
    {
        string Cell(string column) => columns.TryGetValue(column, out var i) ? row.Get(i).Trim() : string.Empty;
        string? Text(string column)
        {
            var text = Cell(column);
            if (text.StartsWith('='))
            {
                errors.Add(column, "Texten börjar med = och ser ut som en formel från kalkylbladet. Skriv in själva texten.");
            }

            return text.Length == 0 ? null : text;
        }

        var orientation = Choice(errors, C.Orientation, Cell(C.Orientation), Enum.GetValues<Orientation>(), o => [InterventionNames.Of(o)]);
        var precise = Cell(C.PreciseOrientation);
        precise = (orientation is { } o ? options.OrientationsFor(o) : [.. options.IndividualOrientations, .. options.StructuralOrientations])
            .FirstOrDefault(x => Words.Equals(x.Code, precise) || Words.Equals(x.Name, precise))?.Code ?? precise;
        var followUp = Choice(errors, C.FollowUp, Cell(C.FollowUp), Enum.GetValues<FollowUpMethod>(), m => m == FollowUpMethod.ParticipantRecords
            ? [InterventionNames.Of(m), "Deltagaruppgifter"] : [InterventionNames.Of(m), "Volyminsats", "Endast antal"]);
        var esf = Cell(C.Esf).Length == 0 ? false : Choice(errors, C.Esf, Cell(C.Esf), [true, false], b => [b ? "Ja" : "Nej"]);
        var groups = Split(Cell(C.TargetGroups)).Select(g => options.TargetGroups.FirstOrDefault(t => Words.Equals(t.Code, g) || Words.Equals(t.Name, g))?.Code ?? g).ToList();
        var owners = Split(Cell(C.Owner));
        if (owners.Count > 1)
        {
            errors.Add(C.Owner, "Ange en enda insatsägare; de andra parterna skrivs i kolumnen Parter.");
        }

        var owner = owners.Count == 1 ? Member(errors, C.Owner, owners[0]) : null;
        var parties = Split(Cell(C.Parties)).Select(t => Member(errors, C.Parties, t)).OfType<Guid>().ToList();
        var places = Split(Cell(C.Municipalities)).Select(t => Municipality(errors, t)).OfType<string>().ToList();
        var start = FormFields.Date(errors, C.Start, C.Start, Cell(C.Start));
        var end = FormFields.Date(errors, C.End, C.End, Cell(C.End));
        var ageFrom = Number(errors, C.AgeFrom, Cell(C.AgeFrom)) ?? options.WorkingAgeFrom;
        var ageTo = Number(errors, C.AgeTo, Cell(C.AgeTo)) ?? options.WorkingAgeTo;
        var women = Number(errors, C.Women, Cell(C.Women));
        var men = Number(errors, C.Men, Cell(C.Men));
        IReadOnlyList<PlannedYearRequest> planned = (women ?? men) is null || start is null || end is null || end < start
            ? []
            : Enumerable.Range(start.Value.Year, end.Value.Year - start.Value.Year + 1).Select(y => new PlannedYearRequest(y, women ?? 0, men ?? 0)).ToList();
        var access = Choice(errors, C.Access, Cell(C.Access), Enum.GetValues<AccessRoute>(), a => a switch
        {
            AccessRoute.Referral => [InterventionNames.Of(a), "Remiss"],
            AccessRoute.SelfReferral => [InterventionNames.Of(a)],
            _ => [InterventionNames.Of(a), "Båda"],
        });
        var state = Choice(errors, C.State, Cell(C.State), States, s => [InterventionNames.Of(s)]) ?? InterventionState.Decided;
        var signed = FormFields.Date(errors, C.Signed, C.Signed, Cell(C.Signed));
        if (state != InterventionState.Decided && signed is null && Cell(C.Signed).Length == 0)
        {
            errors.Add(C.Signed, $"Ange när insatsägaren undertecknade överenskommelsen (ÅÅÅÅ-MM-DD); läget \"{InterventionNames.Of(state)}\" kräver det.");
        }
        else if (state == InterventionState.Decided && signed is not null)
        {
            errors.Add(C.Signed, $"En insats i läget \"{InterventionNames.Of(state)}\" har ingen undertecknad överenskommelse. Skriv läget \"{InterventionNames.Of(InterventionState.AgreementSigned)}\" eller lämna datumet tomt.");
        }

        var decision = Decision(errors, Cell(C.Decision));
        var grants = Grants(errors, Cell(C.Granted), start, end, decision);
        var request = new InterventionRequest(
            Text(C.Name), Text(C.Description), orientation, precise, followUp, esf, groups, owner, parties, places, start, end, ageFrom, ageTo, planned,
            null, null, null, null, null, null, access, Text(C.Contact), null, null);
        return new ImportRow(row.Line, request, state, signed, decision, grants);
    }

    private static List<string> Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>One of <paramref name="values"/> by its Swedish words; empty is left to the application's "måste anges".</summary>
    private static T? Choice<T>(ValidationErrors errors, string column, string text, IReadOnlyList<T> values, Func<T, string[]> words)
        where T : struct
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (values.Where(v => words(v).Any(w => Words.Equals(w, text))).Select(v => (T?)v).FirstOrDefault() is { } value)
        {
            return value;
        }

        errors.Add(column, $"Skriv {string.Join(" eller ", values.Select(v => $"\"{words(v)[^1]}\""))}.");
        return null;
    }

    private static int? Number(ValidationErrors errors, string column, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(column, $"{column} ska vara ett heltal.");
        return null;
    }

    /// <summary>A member organisation by its code (FK, AF, R06), its municipality's SCB code, its name or its organisation number.</summary>
    private Guid? Member(ValidationErrors errors, string column, string token)
    {
        var match = members.FirstOrDefault(m => Words.Equals(m.Code, token) || m.MunicipalityCode == token || Words.Equals(m.Name, token) || (m.OrganisationNumber is not null && m.OrganisationNumber == token));
        if (match is null)
        {
            errors.Add(column, $"\"{Short(token)}\" är inte medlem i förbundet. Skriv medlemmens namn, kod (FK, AF, R06) eller kommunkod (0683), flera åtskilda med semikolon.");
        }

        return match?.Id;
    }

    /// <summary>A municipality by its SCB code, its name or its name with "kommun".</summary>
    private string? Municipality(ValidationErrors errors, string token)
    {
        if (municipalities.ContainsKey(token))
        {
            return token;
        }

        var code = municipalities.FirstOrDefault(m => Words.Equals(m.Value, token) || Words.Equals($"{m.Value} kommun", token)).Key;
        if (code is null)
        {
            errors.Add(C.Municipalities, $"\"{Short(token)}\" är ingen kommun. Skriv kommunens namn eller SCB-kod (0683), flera åtskilda med semikolon.");
        }

        return code;
    }

    /// <summary>The board's numbered decision "§ 12/2024" or "12/2024" in the association's decision register.</summary>
    private Guid? Decision(ValidationErrors errors, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.TrimStart('§').Trim().Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (decisions.FirstOrDefault(d => d.Number == number && d.Year == year) is { } found)
            {
                return found.Id;
            }

            errors.Add(C.Decision, $"Beslut § {number}/{year} finns inte i förbundets beslutsregister. Registrera beslutet först.");
            return null;
        }

        errors.Add(C.Decision, "Skriv beslutets nummer och år, till exempel § 12/2024.");
        return null;
    }

    /// <summary>"2025: 500 000; 2026: 450 000", checked by the same rules as the board's decision move.</summary>
    private static List<YearAmountRequest> Grants(ValidationErrors errors, string text, DateOnly? start, DateOnly? end, Guid? decision)
    {
        var grants = new List<YearAmountRequest>();
        foreach (var part in Split(text))
        {
            var pair = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                errors.Add(C.Granted, "Skriv år och belopp, till exempel 2025: 500 000; 2026: 450 000.");
                return [];
            }

            grants.Add(new YearAmountRequest(year, FormFields.Money(errors, C.Granted, C.Granted, pair[1]) ?? Sek.Zero));
        }

        MoveInterventionHandler.YearAmounts(errors, C.Granted, C.Granted, grants, required: false);
        if (grants.Count > 0 && decision is null)
        {
            errors.Add(C.Granted, "Beviljade belopp hör till styrelsens numrerade beslut: ange beslutet i kolumnen Beslut (§ nummer/år).");
        }

        if (start is { } s && end is { } e && grants.Any(g => g.Year < s.Year || g.Year > e.Year))
        {
            errors.Add(C.Granted, "Beviljade belopp kan bara gälla år inom insatsens period.");
        }

        return grants;
    }

    /// <summary>What the file said, shortened, for a message (never a whole cell).</summary>
    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
