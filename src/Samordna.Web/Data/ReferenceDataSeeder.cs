using System.Reflection;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Data;

/// <summary>
/// Loads the reference data shipped in the repository (Data/ReferenceData: SCB's 290 municipalities and the
/// 21 counties/regions) plus FK and AF as organisations. Idempotent: adds only what is missing.
/// </summary>
public static class ReferenceDataSeeder
{
    public const string SocialInsuranceAgencyCode = "FK";
    public const string EmploymentServiceCode = "AF";
    public const string GotlandCountyCode = "09";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var municipalities = ReadCsv("kommuner.csv")
            .Select(r => (Code: r[0], Name: r[1], CountyCode: r[2], CountyName: r[3]))
            .ToList();
        var regions = ReadCsv("regioner.csv").Select(r => (CountyCode: r[0], Name: r[1])).ToList();

        var existingCounties = await db.Set<County>().Select(c => c.Code).ToHashSetAsync(ct);
        foreach (var county in municipalities.Select(m => (m.CountyCode, m.CountyName)).Distinct())
        {
            if (existingCounties.Add(county.CountyCode))
            {
                db.Add(new County { Code = county.CountyCode, Name = county.CountyName });
            }
        }

        var existingMunicipalities = await db.Set<Municipality>().Select(m => m.Code).ToHashSetAsync(ct);
        foreach (var m in municipalities.Where(m => existingMunicipalities.Add(m.Code)))
        {
            db.Add(new Municipality { Code = m.Code, Name = m.Name, CountyCode = m.CountyCode });
        }

        var existingOrganisations = await db.Set<Organisation>().Select(o => o.Code).ToHashSetAsync(ct);
        void AddOrganisation(Organisation o)
        {
            if (existingOrganisations.Add(o.Code))
            {
                db.Add(o);
            }
        }

        AddOrganisation(new Organisation { Code = SocialInsuranceAgencyCode, Name = "Försäkringskassan", Kind = OrganisationKind.SocialInsuranceAgency, OrganisationNumber = "2021005521" });
        AddOrganisation(new Organisation { Code = EmploymentServiceCode, Name = "Arbetsförmedlingen", Kind = OrganisationKind.EmploymentService, OrganisationNumber = "2021002114" });
        foreach (var r in regions.Where(r => r.CountyCode != GotlandCountyCode))
        {
            AddOrganisation(new Organisation { Code = Organisation.RegionCode(r.CountyCode), Name = r.Name, Kind = OrganisationKind.Region, CountyCode = r.CountyCode });
        }

        foreach (var m in municipalities)
        {
            var gotland = m.CountyCode == GotlandCountyCode;
            AddOrganisation(new Organisation
            {
                Code = m.Code,
                Name = gotland ? "Region Gotland" : MunicipalityOrganisationName(m.Name),
                Kind = OrganisationKind.Municipality,
                CountyCode = m.CountyCode,
                MunicipalityCode = m.Code,
                CarriesRegionalRole = gotland,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// "Gislaved" becomes "Gislaveds kommun"; names ending in a vowel ("Värnamo kommun", "Gnosjö kommun") or in s, x or z
    /// ("Tranås kommun") take no genitive s, as the municipalities write their own names.
    /// </summary>
    public static string MunicipalityOrganisationName(string name)
    {
        var last = char.ToLower(name[^1], CultureInfo.GetCultureInfo("sv-SE"));
        return "aeiouyåäösxz".Contains(last, StringComparison.Ordinal) ? $"{name} kommun" : $"{name}s kommun";
    }

    /// <summary>
    /// The municipalities' names by SCB code, from the same embedded file that fills the database (reference data
    /// never changes while the app runs), for readers that would otherwise join the table for every row.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MunicipalityNames => LazyMunicipalityNames.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyMunicipalityNames =
        new(() => ReadCsv("kommuner.csv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal));

    /// <summary>An embedded reference file, read by the app's one table reader: the rows under the header.</summary>
    private static IEnumerable<string[]> ReadCsv(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("ReferenceData." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var table = Infrastructure.Files.TabularFile.Read(buffer.ToArray(), fileName);
        return table.Rows.Select(r => Enumerable.Range(0, table.Header.Length).Select(r.Get).ToArray()).ToList();
    }
}
