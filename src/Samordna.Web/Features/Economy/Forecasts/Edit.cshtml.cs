using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Forecasts;

public sealed class ForecastLineInput
{
    public BudgetCategory? Category { get; set; }

    public Guid? InterventionId { get; set; }

    public string? YearEnd { get; set; }
}

public sealed class ForecastInput
{
    public List<ForecastLineInput> Lines { get; set; } = [];

    public string? Comment { get; set; }

    public long? Version { get; set; }
}

/// <summary>The office makes (or revises) a tertial's forecast: every row's year end, proposed until saved, and a comment for the board.</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
public sealed class EditModel(ForecastHandler handler, IOptions<EconomyOptions> options, TimeProvider clock) : FormPage<ForecastInput>
{
    public Guid AssociationId { get; private set; }

    public ForecastView Forecast { get; private set; } = null!;

    /// <summary>The rows that were not on the form as posted (they came after it was read): given the proposal and marked.</summary>
    public IReadOnlySet<int> NewRows { get; private set; } = new HashSet<int>();

    /// <summary>How many rows the posted form had that the forecast no longer has.</summary>
    public int GoneRows { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, ar, tertial, ct))
        {
            return NotFound();
        }

        Input.Version = Forecast.Version;
        Input.Comment = Forecast.Comment;
        Input.Lines = Forecast.Rows.Select(r => new ForecastLineInput { Category = r.Category, InterventionId = r.InterventionId, YearEnd = FormFields.Field(r.YearEnd) }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, ar, tertial, ct))
        {
            return NotFound();
        }

        // The rows are the report's, and what the form posts is matched to them by category and intervention, never by
        // position: rows may have come or gone since the form was read (a budget revised, an intervention added).
        if (!MergePostedLines())
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // A row's message names its label.
        var errors = new ValidationErrors();
        var lines = Input.Lines.Take(ForecastRules.MaxLines + 1).Select((l, i) => new ForecastLineRequest(l.Category, l.InterventionId,
            FormFields.Money(errors, $"lines[{i}]", $"Prognos för {Label(i)}", l.YearEnd) ?? (string.IsNullOrWhiteSpace(l.YearEnd) ? null : Sek.Zero))).ToList();
        var request = new SaveForecastRequest(Forecast.Year, Forecast.Tertial, Input.Comment, lines, Input.Version);
        var rules = ForecastHandler.Validate(request, options.Value);
        foreach (var (field, messages) in rules.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(FieldOnForm(field), field.StartsWith("lines[", StringComparison.Ordinal) && RowOf(field) is { } row ? message.Replace($"Prognosrad {row + 1}", Label(row), StringComparison.Ordinal) : message);
            }
        }

        var shown = await this.SubmitAsync(errors, () => handler.SaveAsync(associationId, request, ct),
            _ => ($"Prognosen efter tertial {Forecast.Tertial} är sparad.", $"/forbund/{associationId}/ekonomi/prognos?ar={Forecast.Year}&tertial={Forecast.Tertial}"),
            FormFailure.AtTopWithStatus);
        return shown ?? Page();
    }

    /// <summary>
    /// Puts the posted lines on the forecast's current rows by (category, intervention). A row not posted gets its
    /// proposal (or saved value) and is marked new; a posted line without a row is dropped. False when the rows differ
    /// from the form's, so the officer sees the form again, with a message, before anything is saved.
    /// </summary>
    private bool MergePostedLines()
    {
        var posted = new Dictionary<(BudgetCategory, Guid?), string?>();
        foreach (var line in Input.Lines.Take(ForecastRules.MaxLines + 1))
        {
            if (line.Category is { } category)
            {
                posted.TryAdd((category, line.InterventionId), line.YearEnd);
            }
        }

        var newRows = new HashSet<int>();
        Input.Lines = Forecast.Rows.Select((r, i) =>
        {
            if (!posted.Remove((r.Category, r.InterventionId), out var yearEnd))
            {
                newRows.Add(i);
                yearEnd = FormFields.Field(r.YearEnd);
            }

            return new ForecastLineInput { Category = r.Category, InterventionId = r.InterventionId, YearEnd = yearEnd };
        }).ToList();
        (NewRows, GoneRows) = (newRows, posted.Count);
        if (newRows.Count == 0 && posted.Count == 0)
        {
            return true;
        }

        ModelState.Clear();
        var message = new List<string> { "Prognosens rader har ändrats sedan du öppnade sidan, så ingenting är sparat." };
        if (newRows.Count > 0)
        {
            message.Add($"Nya rader, med förslaget ifyllt: {string.Join(", ", newRows.Order().Select(Label))}.");
        }

        if (posted.Count > 0)
        {
            message.Add($"{SwedishCulture.Count(posted.Count, "rad", "rader")} som du fyllde i finns inte längre.");
        }

        message.Add("Dina andra belopp står kvar på sina rader. Kontrollera och spara igen.");
        ModelState.AddModelError(string.Empty, string.Join(" ", message));
        return false;
    }

    /// <summary>The words of row <paramref name="index"/> of the form (its label in the report).</summary>
    public string Label(int index) => index < Forecast.Rows.Count ? Forecast.Rows[index].Label : $"rad {index + 1}";

    private static int? RowOf(string field)
    {
        var end = field.IndexOf(']', StringComparison.Ordinal);
        return end > 6 && int.TryParse(field[6..end], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    private static string FieldOnForm(string field) => RowOf(field) is { } row ? $"lines[{row}]" : field;

    private async Task<bool> LoadAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        var year = FormFields.Year(ar) ?? today.Year;
        var t = int.TryParse(tertial, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 3 ? n : handler.DefaultTertial(year, today);
        if (await handler.GetAsync(associationId, year, t, ct) is not { } forecast)
        {
            return false;
        }

        Forecast = forecast;
        return true;
    }
}
