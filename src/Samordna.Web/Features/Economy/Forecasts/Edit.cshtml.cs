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

        // The rows are the report's; what the form posts is read against them, so a row's message names its label.
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
