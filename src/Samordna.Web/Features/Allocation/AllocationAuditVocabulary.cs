using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation;

/// <summary>The allocation's audited rows (data sets, parameters, runs, inputs, contributions) in the audit log's Swedish.</summary>
public sealed class AllocationAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<AllocationDataSet>("Underlag för medelstilldelning").Entity<AllocationYearParameters>("Parametrar för medelstilldelning")
        .Entity<AllocationRun>("Beräkning av medelstilldelning").Entity<AssociationAllocationInput>("Förbundets uppgifter för medelstilldelning")
        .Entity<ContributionTable>("Medlemsavgifter").Entity<ContributionLine>("Medlemsavgift")
        .Entity<InternalSplitSetting>("Intern fördelning inom medlem").Entity<InternalSplitUnit>("Enhet i intern fördelning")
        .Fields(
            ("ContentHash", "Filens kontrollsumma"), ("ImportedByUserId", "Inläst av"), ("IsIllustrative", "Exempeldata"), ("TotalSupportMeasure", "Summa försörjningsmått"),
            ("TotalWorkingAgePopulation", "Summa invånare i arbetsför ålder"), ("UnitCount", "Antal enheter"), ("AssociationCount", "Antal förbund"),
            ("CeilingsBinding", "Tak som begränsar"), ("FloorsBinding", "Golv som begränsar"), ("DataSetHash", "Underlagets kontrollsumma"), ("DataSetId", "Underlag"),
            ("DecidedAt", "Beslutad"), ("DecidedBy", "Beslutad av"), ("InputsJson", "Förbundens uppgifter"), ("Lambda", "Skalfaktor (λ)"),
            ("ParametersJson", "Parametrar"), ("BaseAmount", "Grundbelopp"), ("EquityReductionShare", "Andel av överskjutande eget kapital som minskar medlen"),
            ("EquityTiers", "Nivåer för rimligt eget kapital"), ("MaxYearlyDecrease", "Största minskning per år"), ("PopulationWeight", "Vikt för invånare"),
            ("SupportMeasureWeight", "Vikt för försörjningsmått"), ("AskedAmount", "Begärt belopp"), ("ForecastEquity", "Prognos för eget kapital"),
            ("PreviousAllocation", "Förra årets medel"), ("ReasonableEquityOverride", "Fastställd rimlig nivå för eget kapital"),
            ("AsMunicipality", "Som kommun"), ("AsRegion", "Som region"), ("Derivation", "Uträkning"), ("ParentOrganisationId", "Medlem"), ("TableId", "Avgiftstabell"),
            ("AdoptedAt", "Antagen"), ("AdoptedBy", "Antagen av"), ("KeyDescription", "Fördelningsnyckel"), ("MunicipalitiesTotal", "Kommunernas del"),
            ("RegionsTotal", "Regionernas del"), ("RunId", "Beräkning"), ("StateShare", "Statens del"), ("Key", "Fördelningsnyckel"),
            ("FinancialAssistance", "Ekonomiskt bistånd"), ("FixedShare", "Fast andel"), ("Population", "Invånare"), ("SettingId", "Intern fördelning"),
            ("SupportMeasure", "Försörjningsmått"))
        .Enum<Engine.SplitKeyKind>(k => k == Engine.SplitKeyKind.WeightedMix ? "viktad blandning" : new Engine.SplitKey(k).Describe())
        .Enum<AllocationRunStatus>(s => s == AllocationRunStatus.Decided ? "Beslutad" : "Sparad")
        .Enum<ContributionLineKind>(Contributions.IndexModel.PartName);
}
