using System.Diagnostics.CodeAnalysis;

namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>
/// A failure the engine reports instead of throwing: a stable <see cref="Code"/> for programs and a Swedish
/// <see cref="Message"/> for people. <see cref="AssociationCodes"/> names the associations (or members, units)
/// the error is about, so a UI can highlight them.
/// </summary>
public sealed record AllocationError(string Code, string Message)
{
    public IReadOnlyList<string> AssociationCodes { get; init; } = [];

    /// <summary>The input field the error is about, in English code terms (e.g. <c>SupportMeasure</c>), if any.</summary>
    public string? Field { get; init; }

    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>Either a value or a non-empty list of errors; never both.</summary>
public sealed class AllocationOutcome<T>
    where T : class
{
    private AllocationOutcome(T? value, IReadOnlyList<AllocationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<AllocationError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;

    public static AllocationOutcome<T> Success(T value) => new(value, []);

    public static AllocationOutcome<T> Failure(IReadOnlyList<AllocationError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new AllocationOutcome<T>(null, errors);
    }

    public static AllocationOutcome<T> Failure(AllocationError error) => Failure([error]);

    /// <summary>The value, or an exception listing every error; for callers that have already validated.</summary>
    public T ValueOrThrow() =>
        Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));
}

/// <summary>The stable error codes of the allocation feature. Never renumber or reuse one.</summary>
public static class AllocationErrorCodes
{
    // Parameters
    public const string YearInvalid = "ALLOCATION_YEAR_INVALID";
    public const string FrameInvalid = "ALLOCATION_FRAME_INVALID";
    public const string BaseAmountInvalid = "ALLOCATION_BASE_AMOUNT_INVALID";
    public const string WeightsInvalid = "ALLOCATION_WEIGHTS_INVALID";
    public const string MaxDecreaseInvalid = "ALLOCATION_MAX_DECREASE_INVALID";
    public const string EquityShareInvalid = "ALLOCATION_EQUITY_SHARE_INVALID";
    public const string EquityTiersInvalid = "ALLOCATION_EQUITY_TIERS_INVALID";
    public const string AgeBandMissing = "ALLOCATION_AGE_BAND_MISSING";

    // Associations
    public const string NoAssociations = "ALLOCATION_NO_ASSOCIATIONS";
    public const string CodeMissing = "ALLOCATION_CODE_MISSING";
    public const string NameMissing = "ALLOCATION_NAME_MISSING";
    public const string DuplicateCode = "ALLOCATION_DUPLICATE_CODE";
    public const string NegativeValue = "ALLOCATION_NEGATIVE_VALUE";
    public const string NoDistributionBasis = "ALLOCATION_NO_DISTRIBUTION_BASIS";

    // Feasibility
    public const string FloorsExceedFrame = "ALLOCATION_FLOORS_EXCEED_FRAME";
    public const string CeilingsBelowFrame = "ALLOCATION_CEILINGS_BELOW_FRAME";

    // Contributions and splits
    public const string ContributionAmountInvalid = "CONTRIBUTION_AMOUNT_INVALID";
    public const string ContributionNoMunicipality = "CONTRIBUTION_NO_MUNICIPALITY";
    public const string ContributionNoRegion = "CONTRIBUTION_NO_REGION";
    public const string ContributionDuplicateMember = "CONTRIBUTION_DUPLICATE_MEMBER";
    public const string SplitNoParties = "SPLIT_NO_PARTIES";
    public const string SplitTotalInvalid = "SPLIT_TOTAL_INVALID";
    public const string SplitDuplicateParty = "SPLIT_DUPLICATE_PARTY";
    public const string SplitValueMissing = "SPLIT_VALUE_MISSING";
    public const string SplitValueNegative = "SPLIT_VALUE_NEGATIVE";
    public const string SplitKeyInvalid = "SPLIT_KEY_INVALID";
    public const string SplitKeyAllZero = "SPLIT_KEY_ALL_ZERO";

    // Areas
    public const string AreaEmpty = "AREA_EMPTY";
    public const string AreaUnknownUnit = "AREA_UNKNOWN_UNIT";
    public const string AreaUnitInSeveralAssociations = "AREA_UNIT_IN_SEVERAL_ASSOCIATIONS";
    public const string AreaUnitListedTwice = "AREA_UNIT_LISTED_TWICE";
    public const string AreaDuplicateUnit = "AREA_DUPLICATE_UNIT";
}
