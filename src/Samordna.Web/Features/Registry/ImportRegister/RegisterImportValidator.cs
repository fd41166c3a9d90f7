using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.RegisterFiles;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.ImportRegister;

public sealed record ImportMembership(int Line, Organisation Organisation, DateOnly From, DateOnly? To);

public sealed record ImportAssociation(
    string Code,
    string Name,
    string OrganisationNumber,
    string Seat,
    DateOnly FormedOn,
    DateOnly? EndedOn,
    int FirstLine,
    IReadOnlyList<ImportMembership> Memberships,
    ImportContact Contact);

/// <summary>
/// The office's contact details as the file gives them: a field is null when the file has no such column (left as it
/// is), otherwise the trimmed value, empty when the cell is blank (cleared).
/// </summary>
public sealed record ImportContact(string? Email, string? Phone, string? PostalAddress, string? Website)
{
    public static ImportContact Of(RegisterRow row) => new(row.Email?.Trim(), row.Phone?.Trim(), row.PostalAddress?.Trim(), row.Website?.Trim());

    /// <summary>What is checked, as the association's edit form checks it: only the columns the file has, blank as none.</summary>
    public AssociationContact ToCheck() => new AssociationContact(Email, Phone, PostalAddress, Website).Cleaned();
}

/// <summary>What the register already holds that an import is checked against.</summary>
public sealed record ImportContext(
    IReadOnlySet<string> MunicipalityCodes,
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, (string OrganisationNumber, string Name, DateOnly? LiquidationFrom)> ExistingAssociations);

/// <summary>
/// Checks a register file row by row and across rows, and reports every problem as "Rad N: …". Only a file without
/// problems is turned into associations with memberships. The contact columns are checked as the association's edit
/// form checks them. Across rows: the facts of one association (its contact details included) must agree on all its rows, organisation numbers are unique, a member's periods in one association do not overlap, and the
/// composition rule (3 §) holds on every day each association operates.
/// </summary>
public static class RegisterImportValidator
{
    private sealed record Parsed(RegisterRow Row, string Code, string Name, string OrganisationNumber, string Seat, DateOnly FormedOn, DateOnly? EndedOn, Organisation? Member, DateOnly? From, DateOnly? To, ImportContact Contact)
    {
        public bool AssociationFactsValid { get; init; }

        public bool Valid { get; init; }
    }

    public static (IReadOnlyList<ImportAssociation> Associations, IReadOnlyList<Error> Errors) Validate(IReadOnlyList<RegisterRow> rows, ImportContext context)
    {
        var errors = new List<(int Line, string Message)>();
        var parsed = rows.Select(r => ParseRow(r, context, errors)).ToList();
        var associations = new List<ImportAssociation>();
        var organisationNumbers = new Dictionary<string, (string Code, int Line)>(StringComparer.Ordinal);
        foreach (var group in parsed.Where(p => p.AssociationFactsValid).GroupBy(p => p.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            var consistent = true;
            foreach (var p in group.Skip(1))
            {
                var differs = Differences(first, p);
                if (differs.Count > 0)
                {
                    consistent = false;
                    errors.Add((p.Row.Line, $"uppgifterna om förbundet \"{p.Code}\" ({string.Join(", ", differs)}) skiljer sig från rad {first.Row.Line}. Alla rader för samma förbund ska ha samma förbundsuppgifter."));
                }
            }

            if (organisationNumbers.TryGetValue(first.OrganisationNumber, out var other))
            {
                errors.Add((first.Row.Line, $"organisationsnumret {Format(first.OrganisationNumber)} används också av förbundet \"{other.Code}\" på rad {other.Line}."));
                consistent = false;
            }
            else
            {
                organisationNumbers[first.OrganisationNumber] = (first.Code, first.Row.Line);
            }

            var holder = context.ExistingAssociations.FirstOrDefault(e => e.Value.OrganisationNumber == first.OrganisationNumber && e.Key != first.Code);
            if (holder.Key is not null && rows.All(r => !string.Equals(r.AssociationCode.Trim(), holder.Key, StringComparison.Ordinal)))
            {
                errors.Add((first.Row.Line, $"organisationsnumret {Format(first.OrganisationNumber)} används redan av {holder.Value.Name} (kod \"{holder.Key}\"), som inte finns i filen."));
                consistent = false;
            }

            var members = group.Where(p => p.Valid).ToList();
            var overlapFree = CheckOverlaps(members, errors);
            if (!consistent || !overlapFree || members.Count != group.Count())
            {
                continue;
            }

            var periods = members.Select(p => MemberPeriod.Of(p.Member!, p.From!.Value, p.To)).ToList();
            var liquidation = context.ExistingAssociations.TryGetValue(first.Code, out var existing) ? existing.LiquidationFrom : null;
            var lines = group.Select(p => p.Row.Line).ToList();
            if (CompositionRule.FirstGapAfterChange(periods, first.FormedOn, first.EndedOn, liquidation, first.FormedOn) is { } gap)
            {
                errors.Add((first.Row.Line, $"förbundet \"{first.Code}\" (rad {lines.Min()}–{lines.Max()}): {gap.Describe(hypothetical: false)}"));
                continue;
            }

            associations.Add(new ImportAssociation(first.Code, first.Name, first.OrganisationNumber, first.Seat, first.FormedOn, first.EndedOn, first.Row.Line,
                members.Select(p => new ImportMembership(p.Row.Line, p.Member!, p.From!.Value, p.To)).ToList(), first.Contact));
        }

        var found = errors.OrderBy(e => e.Line)
            .Select(e => (e.Line, Message: $"Rad {e.Line}: {char.ToUpper(e.Message[0], SwedishCulture.Instance)}{e.Message[1..]}"))
            .DistinctBy(e => e.Message)
            .Select(e => RegistryErrors.ImportRowInvalid.WithMessage(e.Message) with { Row = e.Line })
            .ToList();
        return (found.Count == 0 ? associations : [], found);
    }

    private static Parsed ParseRow(RegisterRow row, ImportContext context, List<(int, string)> errors)
    {
        var problems = new List<string>();
        var code = row.AssociationCode.Trim();
        if (code.Length == 0)
        {
            problems.Add("förbundskod saknas.");
        }
        else if (!AssociationFacts.IsValidCode(code))
        {
            problems.Add($"förbundskoden \"{code}\" är ogiltig. {AssociationFacts.CodeMessage}");
        }

        var name = row.AssociationName.Trim();
        if (name.Length == 0)
        {
            problems.Add("förbundets namn saknas.");
        }
        else if (name.Length > 200)
        {
            problems.Add("förbundets namn får vara högst 200 tecken.");
        }
        else if (FreeText.Check(name) is var problem && problem != FreeText.Problem.None)
        {
            problems.Add(problem == FreeText.Problem.IdentityNumber
                ? "förbundets namn får inte innehålla ett personnummer eller samordningsnummer."
                : "förbundets namn innehåller otillåtna tecken (styrtecken eller tecken som vänder textens riktning).");
        }

        var organisationNumber = string.Empty;
        if (OrganisationNumber.TryParse(row.OrganisationNumber, out var number, out var numberError))
        {
            organisationNumber = number.Value.Digits;
        }
        else
        {
            problems.Add(Lower(numberError!));
        }

        var seat = PadCode(row.Seat);
        if (!context.MunicipalityCodes.Contains(seat))
        {
            problems.Add(seat.Length == 0 ? "säte saknas." : $"säte \"{row.Seat.Trim()}\" är ingen kommunkod. {AssociationFacts.SeatMessage}");
        }

        var formed = Date(row.FormedOn, "bildat", required: true, problems);
        var ended = Date(row.EndedOn, "upphörde", required: false, problems);
        if (formed is { } f && ended is { } e && e < f)
        {
            problems.Add("upphörde är före bildat.");
        }

        var contact = ImportContact.Of(row);
        var contactErrors = new ValidationErrors();
        AssociationFacts.ValidateContact(contactErrors, contact.ToCheck());
        problems.AddRange(contactErrors.ToDictionary().SelectMany(e => e.Value).Select(Lower));

        var factsValid = problems.Count == 0;
        var memberCode = PadCode(row.MemberCode).ToUpperInvariant();
        context.Organisations.TryGetValue(memberCode, out var member);
        if (memberCode.Length == 0)
        {
            problems.Add("medlemskod saknas.");
        }
        else if (member is null)
        {
            problems.Add($"medlemskoden \"{row.MemberCode.Trim()}\" finns inte i registret. Ange FK, AF, en region som R06 eller en kommunkod som 0683.");
        }

        var from = Date(row.MemberFrom, "medlem från", required: true, problems);
        var to = Date(row.MemberTo, "medlem till", required: false, problems);
        if (from is { } mf && formed is { } ff && mf < ff)
        {
            problems.Add("medlemskapet börjar innan förbundet bildades.");
        }

        if (from is { } a && to is { } b && b < a)
        {
            problems.Add("medlem till är före medlem från.");
        }

        if (ended is { } last && from is not null && (to is null || to > last))
        {
            problems.Add($"medlemskapet måste sluta senast när förbundet upphörde ({SwedishCulture.Date(last)}).");
        }

        errors.AddRange(problems.Select(p => (row.Line, p)));
        return new Parsed(row, code, name, organisationNumber, seat, formed ?? default, ended, member, from, to, contact)
        {
            AssociationFactsValid = factsValid,
            Valid = problems.Count == 0,
        };
    }

    private static bool CheckOverlaps(List<Parsed> members, List<(int, string)> errors)
    {
        var ok = true;
        foreach (var byMember in members.GroupBy(p => p.Member!.Id))
        {
            var ordered = byMember.OrderBy(p => p.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var previous = ordered[i - 1];
                if (previous.To is null || previous.To >= ordered[i].From)
                {
                    errors.Add((ordered[i].Row.Line, $"medlemskapet för {ordered[i].Member!.Name} överlappar medlemskapet på rad {previous.Row.Line}."));
                    ok = false;
                }
            }
        }

        return ok;
    }

    private static List<string> Differences(Parsed a, Parsed b)
    {
        var list = new List<string>();
        if (a.Name != b.Name)
        {
            list.Add("namn");
        }

        if (a.OrganisationNumber != b.OrganisationNumber)
        {
            list.Add("organisationsnummer");
        }

        if (a.Seat != b.Seat)
        {
            list.Add("säte");
        }

        if (a.FormedOn != b.FormedOn)
        {
            list.Add("bildat");
        }

        if (a.EndedOn != b.EndedOn)
        {
            list.Add("upphörde");
        }

        foreach (var (label, x, y) in new[]
        {
            ("e-postadress", a.Contact.Email, b.Contact.Email), ("telefon", a.Contact.Phone, b.Contact.Phone),
            ("postadress", a.Contact.PostalAddress, b.Contact.PostalAddress), ("webbplats", a.Contact.Website, b.Contact.Website),
        })
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                list.Add(label);
            }
        }

        return list;
    }

    private static DateOnly? Date(string text, string label, bool required, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add($"{label} saknas.");
            }

            return null;
        }

        switch (Domain.DateText.TryParse(text, out var date))
        {
            case Domain.DateText.Problem.None:
                return date;
            case Domain.DateText.Problem.OutOfRange:
                problems.Add(Domain.DateText.Message(Domain.DateText.Problem.OutOfRange, label));
                return null;
            default:
                problems.Add($"{label} \"{text.Trim()}\" ska vara ett datum skrivet ÅÅÅÅ-MM-DD.");
                return null;
        }
    }

    /// <summary>Excel drops a code's leading zero: "683" is read as "0683".</summary>
    public static string PadCode(string text)
    {
        var t = text.Trim();
        return t.Length == 3 && t.All(char.IsAsciiDigit) ? "0" + t : t;
    }

    private static string Lower(string message) => char.ToLower(message[0], SwedishCulture.Instance) + message[1..];

    private static string Format(string digits) => $"{digits[..6]}-{digits[6..]}";
}
