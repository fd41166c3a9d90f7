using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>Which published interventions one read of the catalogue returns, and in what slice.</summary>
/// <param name="Tokens">Words and facet tokens that must all be in the full-text index; none means every entry.</param>
/// <param name="Id">Only this intervention (one catalogue entry).</param>
/// <param name="Skip">Entries before the page, in name order.</param>
/// <param name="Take">The page's size; null for every entry.</param>
internal sealed record CatalogueSlice(IReadOnlyList<string> Tokens, Guid? Id = null, int Skip = 0, int? Take = null);

/// <summary>
/// Reads catalogue entries in one statement per request: the full-text lookup, the count, the page in name order,
/// the association's and the owner's names, and each entry's target groups and municipalities (as codes, named in
/// the app from configuration and the reference data). The public search is the one place where every request may be
/// new (no cached answer), so it is written as SQL for each provider instead of four LINQ queries (docs/adr/0013,
/// docs/performance.md). Only published, active interventions are ever read.
/// </summary>
internal static class CatalogueReader
{
    private const char Separator = '\u001f';

    public static async Task<(IReadOnlyList<CatalogueEntry> Entries, int Total)> ReadAsync(
        AppDbContext db, InterventionsOptions options, CatalogueSlice slice, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            try
            {
                return await ExecuteAsync(db, options, slice, postgres, prepare: postgres, ct);
            }
            catch (System.Data.Common.DbException ex) when (postgres && ex.SqlState == "0A000")
            {
                // "cached plan must not change result type": a migration changed a column this prepared statement
                // returns while the instance ran. Npgsql has dropped the statement; run it once unprepared.
                return await ExecuteAsync(db, options, slice, postgres, prepare: false, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<(IReadOnlyList<CatalogueEntry> Entries, int Total)> ExecuteAsync(
        AppDbContext db, InterventionsOptions options, CatalogueSlice slice, bool postgres, bool prepare, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction is { } transaction ? transaction.GetDbTransaction() : null;
        command.CommandText = Statement(postgres, slice);
        Add(command, "active", nameof(InterventionState.Active));
        Add(command, "skip", slice.Skip);
        Add(command, "take", slice.Take ?? int.MaxValue);
        if (slice.Tokens.Count > 0)
        {
            // The tokens are letters and digits only (SwedishSearchText, CatalogueIndex.Facet), and are passed
            // as a parameter all the same.
            Add(command, "match", postgres ? string.Join(' ', slice.Tokens) : string.Join(' ', slice.Tokens.Select(t => $"\"{t}\"")));
        }

        if (slice.Id is { } id)
        {
            Add(command, "id", postgres ? id : id.ToString().ToUpperInvariant());
        }

        if (prepare)
        {
            // Planning this statement costs PostgreSQL more than running it (1.3 ms against 0.1–1.8 ms with
            // 5 000 entries). Npgsql keeps a prepared statement on the physical connection, so after the first
            // search on a pooled connection the plan is reused (docs/performance.md).
            await command.PrepareAsync(ct);
        }

        var entries = new List<CatalogueEntry>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            if (!reader.IsDBNull(1))
            {
                entries.Add(Entry(reader, options));
            }
        }

        return (entries, total);
    }

    /// <summary>
    /// The statement: <c>hits</c> are the matching published interventions (the full-text index, then the
    /// published-and-active test), <c>page</c> their slice in name order, and the outer select always returns at least
    /// one row so that the count comes back also for a page past the end.
    /// </summary>
    private static string Statement(bool postgres, CatalogueSlice slice)
    {
        var key = postgres ? "i.\"Id\"" : "i.rowid";
        var filters = new List<string> { "i.\"Published\"", "i.\"State\" = @active" };
        if (slice.Tokens.Count > 0)
        {
            filters.Add(postgres
                ? "i.search_vector @@ plainto_tsquery('simple', @match)"
                : "i.rowid IN (SELECT rowid FROM interventions_search WHERE interventions_search MATCH @match)");
        }

        if (slice.Id is not null)
        {
            filters.Add("i.\"Id\" = @id");
        }

        // With a full-text lookup the hits are read once and kept (counted and paged); without one, both uses read
        // the index (Published, State, Name, Id) in order.
        var keep = slice.Tokens.Count > 0 ? "MATERIALIZED " : "";
        var codes = postgres ? "string_agg({0}, chr(31))" : "group_concat({0}, char(31))";
        return $"""
            WITH hits AS {keep}(
                SELECT {key} AS k, i."Name" AS n, i."Id" AS id FROM interventions_intervention i WHERE {string.Join(" AND ", filters)}),
            page AS (SELECT k FROM hits ORDER BY n, id LIMIT @take OFFSET @skip)
            SELECT c.total, i."Id", i."AssociationId", a."Name", i."Name", i."Description", i."Orientation", i."PreciseOrientation",
                i."AgeFrom", i."AgeTo", i."AccessRoute", o."Name", i."StartDate", i."EndDate", i."PublicContact",
                (SELECT {string.Format(CultureInfo.InvariantCulture, codes, "t.\"Code\"")} FROM interventions_target_group t WHERE t."InterventionId" = i."Id"),
                (SELECT {string.Format(CultureInfo.InvariantCulture, codes, "m.\"MunicipalityCode\"")} FROM interventions_municipality m WHERE m."InterventionId" = i."Id")
            FROM (SELECT count(*) AS total FROM hits) c
            LEFT JOIN page ON 1 = 1
            LEFT JOIN interventions_intervention i ON {key} = page.k
            LEFT JOIN registry_association a ON a."Id" = i."AssociationId"
            LEFT JOIN registry_organisation o ON o."Id" = i."OwnerOrganisationId"
            ORDER BY i."Name", i."Id"
            """;
    }

    private static CatalogueEntry Entry(DbDataReader r, InterventionsOptions o)
    {
        var swedish = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        var orientation = Enum.Parse<Orientation>(r.GetString(6));
        var precise = r.GetString(7);
        var groups = Split(r, 15).Select(o.TargetGroupName).Order(swedish).ToList();
        var places = Split(r, 16).Select(c => ReferenceDataSeeder.MunicipalityNames.GetValueOrDefault(c, c)).Order(swedish).ToList();
        return new CatalogueEntry(
            r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetString(5),
            orientation, InterventionNames.Of(orientation), o.OrientationName(orientation, precise), groups, places,
            r.GetInt32(8), r.GetInt32(9), Enum.Parse<AccessRoute>(r.GetString(10)), r.GetString(11),
            r.GetFieldValue<DateOnly>(12), r.GetFieldValue<DateOnly>(13), r.GetString(14));
    }

    private static string[] Split(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? [] : r.GetString(ordinal).Split(Separator);

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
