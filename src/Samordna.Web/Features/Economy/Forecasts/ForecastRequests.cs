using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>One line of a forecast: the budget line it is (category, and the intervention of an intervention line) and the year-end amount.</summary>
public sealed record ForecastLineRequest(BudgetCategory? Category, Guid? InterventionId, Sek? YearEnd);

/// <summary>
/// Save the forecast of a year's tertial: every line's year end and the office's comment. The version read is
/// required once the tertial's forecast exists (a second first save, or a stale one, is a 409).
/// </summary>
public sealed record SaveForecastRequest(int? Year, int? Tertial, string? Comment, IReadOnlyList<ForecastLineRequest>? Lines, long? Version);

/// <summary>
/// A tertial's forecast as the board reads it (the tertial report): every row's budget, the books up to the
/// tertial's last day and the year end, the sums, and the year-end equity that follows. <see cref="IsSaved"/> is false
/// while it is only the proposal.
/// </summary>
public sealed record ForecastView(
    Guid AssociationId,
    int Year,
    int Tertial,
    IReadOnlyList<int> Tertials,
    DateOnly ActualsUntil,
    bool IsSaved,
    Guid? Id,
    long? Version,
    string? Comment,
    DateTime? SavedAt,
    string? SavedBy,
    int? BudgetNumber,
    bool BooksRead,
    IReadOnlyList<ForecastRowView> Rows,
    ForecastTotals Totals,
    Sek UnmappedNet,
    IReadOnlyList<string> UnmappedAccounts);
