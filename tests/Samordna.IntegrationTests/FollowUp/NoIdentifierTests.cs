using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>
/// No participant-level field can hold a direct identifier: the database schema and the API's request shapes are
/// read and every column or property about a participant must be a number, a date, a flag, a key, or a short code
/// from a configured list, and none may be named like a name, identity number, address, phone or free text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class NoIdentifierTests(AppFixture app)
{
    /// <summary>Words that mark a field as able to carry who someone is, or free text.</summary>
    public static Regex IdentifierPattern => IdentifierLike();

    [GeneratedRegex("name|namn|person|ssn|identity|address|adress|phone|telefon|mail|text|comment|kommentar|note|anteckning|description|beskrivning|free|fritext|city|postal|street", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifierLike();

    /// <summary>The tables about participants (every entity of the follow-up area's data namespace).</summary>
    private static IEnumerable<IEntityType> ParticipantTables(AppDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == typeof(Web.Features.FollowUp.Data.Participation).Namespace);

    [Fact]
    public async Task Every_participant_level_column_is_a_number_date_key_flag_or_short_code()
    {
        await using var scope = app.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = ParticipantTables(db).ToList();
        Assert.True(tables.Count >= 4, "the follow-up tables were not found: " + string.Join(", ", tables.Select(t => t.ClrType.Name)));
        var problems = new List<string>();
        foreach (var table in tables)
        {
            foreach (var column in table.GetProperties())
            {
                var clr = Nullable.GetUnderlyingType(column.ClrType) ?? column.ClrType;
                var where = $"{table.GetTableName()}.{column.GetColumnName()}";
                if (IdentifierLike().IsMatch(column.Name))
                {
                    problems.Add($"{where}: its name suggests an identifier or free text");
                }

                if (clr == typeof(string) && column.GetMaxLength() is not (> 0 and <= FollowUpOptions.MaxCodeLength))
                {
                    problems.Add($"{where}: a text column longer than a code ({column.GetMaxLength()?.ToString() ?? "unbounded"})");
                }

                if (clr != typeof(string) && !clr.IsEnum && !clr.IsPrimitive && clr != typeof(Guid) && clr != typeof(DateOnly) && clr != typeof(DateTime) && clr != typeof(decimal))
                {
                    problems.Add($"{where}: a column of type {clr.Name}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_table_that_refers_to_a_participation_is_checked_as_participant_level()
    {
        // The association's extra questions hold the office's words (Questions namespace), so they must never point at
        // a record; answers, which do, are keys only and are checked above.
        await using var scope = app.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var participantLevel = ParticipantTables(db).Select(t => t.ClrType).ToHashSet();
        var referring = db.Model.GetEntityTypes()
            .Where(e => e.GetForeignKeys().Any(fk => participantLevel.Contains(fk.PrincipalEntityType.ClrType)))
            .ToList();
        Assert.Contains(referring, e => e.ClrType == typeof(ParticipationAnswer));
        Assert.All(referring, e => Assert.Contains(e.ClrType, participantLevel));
    }

    [Fact]
    public async Task The_records_request_shapes_in_the_OpenAPI_document_carry_no_free_text()
    {
        using var client = app.Host.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var problems = new List<string>();
        var checkedSchemas = 0;
        foreach (var name in new[] { "EnrolRequest", "ExitRequest", "CorrectRequest", "ParticipationView", "ParticipationSaved" })
        {
            Assert.True(schemas.TryGetProperty(name, out var schema), $"{name} is not in the OpenAPI document");
            checkedSchemas++;
            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                if (IdentifierLike().IsMatch(property.Name) && property.Name != "warnings")
                {
                    problems.Add($"{name}.{property.Name}: its name suggests an identifier or free text");
                }
            }
        }

        Assert.Equal(5, checkedSchemas);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_check_finds_a_free_text_column_where_there_is_one()
    {
        // The intervention table holds free text (a description) and names: the same rules must object to it.
        await using var scope = app.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var intervention = db.Model.FindEntityType(typeof(Intervention))!;
        Assert.Contains(intervention.GetProperties(), c => IdentifierLike().IsMatch(c.Name));
        Assert.Contains(intervention.GetProperties(), c => c.ClrType == typeof(string) && c.GetMaxLength() is null or > FollowUpOptions.MaxCodeLength);
    }
}
