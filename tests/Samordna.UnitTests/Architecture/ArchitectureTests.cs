using System.Reflection;
using System.Runtime.CompilerServices;

namespace Samordna.UnitTests.Architecture;

/// <summary>House rules that the compiler does not check.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly App = typeof(Samordna.Web.Domain.Sek).Assembly;

    [Fact]
    public void Application_classes_are_sealed_unless_meant_for_inheritance()
    {
        var allowedOpen = new HashSet<string>(StringComparer.Ordinal) { "Samordna.Web.Data.AppDbContext" };
        var open = App.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && t.Namespace?.StartsWith("Samordna.Web", StringComparison.Ordinal) == true)
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.Contains('<', StringComparison.Ordinal))
            .Where(t => !t.Namespace!.Contains(".Migrations", StringComparison.Ordinal) && !t.Name.StartsWith("__Generated__", StringComparison.Ordinal))
            .Where(t => !allowedOpen.Contains(t.FullName!))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(open.Count == 0, "Not sealed: " + string.Join(", ", open));
    }

    [Theory]
    [InlineData("SpreadsheetDocument", "XlsxFormat.cs")]
    [InlineData("CsvParser", "CsvFormat.cs")]
    [InlineData("CsvReader", "CsvFormat.cs")]
    [InlineData("CsvWriter", "CsvFormat.cs")]
    public void Only_the_tabular_file_module_opens_workbooks_or_parses_and_writes_CSV(string type, string owner)
    {
        var root = FindRepositoryRoot();
        var users = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), $@"\b{type}\b"))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.True(
            users.All(f => f == "src/Samordna.Web/Infrastructure/Files/" + owner),
            $"{type} belongs in Infrastructure/Files/{owner}; use TabularFile instead: {string.Join(", ", users)}");
    }

    [Fact]
    public void Only_upload_pages_that_validate_the_token_themselves_skip_the_antiforgery_filter()
    {
        var root = FindRepositoryRoot();
        var pages = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"^\[IgnoreAntiforgeryToken\]", System.Text.RegularExpressions.RegexOptions.Multiline))
            .ToList();

        // The error page is re-executed for failed posts of any page; it changes nothing.
        var unguarded = pages.Where(f => !f.EndsWith(Path.Combine("Home", "Error.cshtml.cs"), StringComparison.Ordinal)).Where(f => !File.ReadAllText(f).Contains("UploadForm.ReadAsync", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.NotEmpty(pages);
        Assert.True(unguarded.Count == 0, "[IgnoreAntiforgeryToken] without UploadForm.ReadAsync (which validates the token): " + string.Join(", ", unguarded));
    }

    [Fact]
    public void No_code_reads_the_clock_directly()
    {
        var root = FindRepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.Now", StringComparison.Ordinal) || text.Contains("DateTime.UtcNow", StringComparison.Ordinal) || text.Contains("DateTime.Today", StringComparison.Ordinal) || text.Contains("DateTimeOffset.Now", StringComparison.Ordinal) || text.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Inject TimeProvider instead: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Money_is_never_floating_point()
    {
        var offenders = App.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Samordna.Web", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => (p.PropertyType == typeof(double) || p.PropertyType == typeof(float) || p.PropertyType == typeof(double?) || p.PropertyType == typeof(float?))
                && (p.Name.Contains("Amount", StringComparison.Ordinal) || p.Name.Contains("Sek", StringComparison.Ordinal) || p.Name.Contains("Budget", StringComparison.Ordinal) || p.Name.Contains("Cost", StringComparison.Ordinal) || p.Name.Contains("Contribution", StringComparison.Ordinal) || p.Name.Contains("Allocation", StringComparison.Ordinal)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, "Money must be Sek: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_schema_has_no_place_for_participant_identities()
    {
        var forbidden = new[] { "PersonalIdentityNumber", "PersonNumber", "Personnummer", "SocialSecurity", "Ssn" };
        var offenders = App.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Samordna.Web", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties().Select(p => (t, p)))
            .Where(x => forbidden.Any(f => x.p.Name.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, "Identity numbers have no place in Samordna: " + string.Join(", ", offenders));
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Samordna.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
