namespace Samordna.Web.Features.Allocation.Engine;

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
