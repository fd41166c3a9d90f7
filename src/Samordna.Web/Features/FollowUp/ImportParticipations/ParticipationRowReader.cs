using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Infrastructure.Files;
using C = Samordna.Web.Features.FollowUp.ImportParticipations.ParticipationColumns;

namespace Samordna.Web.Features.FollowUp.ImportParticipations;

/// <summary>One row of the participant file as the form would send it.</summary>
public sealed record ParticipationRow(
    string? Code, Sex? Sex, int? BirthYear, DateOnly? StartDate, string? StartOccupation, IReadOnlyList<string> StartIncomes, string? SupportTimeBefore, string? EducationLevel,
    DateOnly? EndDate, string? EndOccupation, IReadOnlyList<string> EndIncomes, string? ExitReason)
{
    /// <summary>The extra questions whose columns the file has, with the option chosen (null: left blank, unanswered).</summary>
    public IReadOnlyList<(Guid QuestionId, Guid? OptionId)> Answers { get; init; } = [];
}

/// <summary>
/// Reads a row's words into codes (each list's code or its Swedish name, any case), dates and numbers, then runs
/// <see cref="ParticipationValidation"/> on it; every problem is keyed by the file's column heading.
/// </summary>
public sealed class ParticipationRowReader(FollowUpOptions options, ParticipationValidation validation, Questions.QuestionSet questions)
{
    private static readonly StringComparer Words = StringComparer.Create(SwedishCulture.Instance, ignoreCase: true);

    private static readonly Dictionary<string, string> FieldColumns = new(StringComparer.Ordinal)
    {
        ["sex"] = C.Sex, ["birthYear"] = C.BirthYear, ["startDate"] = C.StartDate, ["startOccupation"] = C.StartOccupation, ["startIncomes"] = C.StartIncomes,
        ["supportTimeBefore"] = C.SupportTime, ["educationLevel"] = C.Education, ["endDate"] = C.EndDate, ["exitReason"] = C.ExitReason,
        ["endOccupation"] = C.EndOccupation, ["endIncomes"] = C.EndIncomes,
    };

    public ParticipationRow Read(TableRow line, IReadOnlyDictionary<string, int> columns, ValidationErrors errors)
    {
        string Cell(string column) => columns.TryGetValue(column, out var i) ? line.Get(i).Trim() : string.Empty;
        var parsed = new ValidationErrors();
        var code = Cell(C.Code).ToUpperInvariant();
        if (code.Length > 0 && !ParticipationCode.IsWellFormed(code))
        {
            parsed.Add(C.Code, $"En kod har {ParticipationCode.Length} tecken av {ParticipationCode.Alphabet}.");
        }

        Sex? sex = Cell(C.Sex) switch
        {
            "" => null,
            var s when Words.Equals(s, "Kvinna") || Words.Equals(s, "K") || Words.Equals(s, nameof(Data.Sex.Female)) => Data.Sex.Female,
            var s when Words.Equals(s, "Man") || Words.Equals(s, "M") || Words.Equals(s, nameof(Data.Sex.Male)) => Data.Sex.Male,
            _ => Bad(parsed, C.Sex, "Kön ska vara Kvinna eller Man."),
        };
        int? birthYear = null;
        var yearText = Cell(C.BirthYear);
        if (yearText.Length > 0)
        {
            if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                birthYear = y;
            }
            else
            {
                parsed.Add(C.BirthYear, "Födelseår ska skrivas med fyra siffror, till exempel 1990.");
            }
        }

        var start = FormFields.Date(parsed, C.StartDate, C.StartDate, Cell(C.StartDate));
        var end = FormFields.Date(parsed, C.EndDate, C.EndDate, Cell(C.EndDate));
        var occupations = options.Occupations.Select(o => new CodeOption { Code = o.Code, Name = o.Name }).ToList();
        var row = new ParticipationRow(
            code.Length == 0 ? null : code, sex, birthYear, start,
            Choice(Cell(C.StartOccupation), occupations), Choices(Cell(C.StartIncomes), options.IncomeSources),
            Choice(Cell(C.SupportTime), options.SupportTimes), Choice(Cell(C.Education), options.EducationLevels),
            end, Choice(Cell(C.EndOccupation), occupations), Choices(Cell(C.EndIncomes), options.IncomeSources), Choice(Cell(C.ExitReason), options.ExitReasons));

        row = row with { Answers = ReadAnswers(Cell, columns, row.EndDate, parsed) };
        var rules = validation.Start(row.Sex, row.BirthYear, row.StartDate, row.StartOccupation, row.StartIncomes, row.SupportTimeBefore, row.EducationLevel)
            .Merge(validation.End(row.StartDate, row.EndDate, row.EndOccupation, row.EndIncomes, row.ExitReason, required: false));
        foreach (var (field, messages) in rules.ToDictionary())
        {
            var column = FieldColumns.GetValueOrDefault(field, field);
            if (!parsed.ToDictionary().ContainsKey(column))
            {
                Array.ForEach(messages, m => parsed.Add(column, m));
            }
        }

        errors.Merge(parsed);
        return row;
    }

    /// <summary>Each active question's column: blank is unanswered, else one of its options by its words; an end question only with an end date.</summary>
    private List<(Guid, Guid?)> ReadAnswers(Func<string, string> cell, IReadOnlyDictionary<string, int> columns, DateOnly? end, ValidationErrors errors)
    {
        var answers = new List<(Guid, Guid?)>();
        foreach (var question in questions.Questions.Where(q => !q.IsRetired && columns.ContainsKey(q.Text)))
        {
            var text = cell(question.Text);
            if (text.Length == 0)
            {
                answers.Add((question.Id, null));
                continue;
            }

            var option = question.Options.FirstOrDefault(o => Words.Equals(o.Text, text));
            if (option is null)
            {
                errors.Add(question.Text, $"Svaret ska vara ett av alternativen: {string.Join(", ", question.Options.Select(o => o.Text))}.");
            }
            else if (question.Phase == ParticipationPhase.End && end is null)
            {
                errors.Add(question.Text, "Frågan besvaras när deltagandet avslutas: fyll i Slutdatum eller lämna svaret tomt.");
            }
            else
            {
                answers.Add((question.Id, option.Id));
            }
        }

        return answers;
    }

    private static Sex? Bad(ValidationErrors errors, string column, string message)
    {
        errors.Add(column, message);
        return null;
    }

    /// <summary>A code or a name from the list becomes its code; anything else is kept as written, so the check names it.</summary>
    private static string? Choice(string text, IReadOnlyList<CodeOption> options) =>
        text.Length == 0 ? null : options.FirstOrDefault(o => Words.Equals(o.Code, text) || Words.Equals(o.Name, text))?.Code ?? text;

    private static List<string> Choices(string text, IReadOnlyList<CodeOption> options) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Choice(t, options)!).ToList();
}
