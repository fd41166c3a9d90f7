using System.Data;
using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Samordna.Web.Infrastructure.Backup;

/// <summary>
/// The logical export and import of a whole database (ADR 0015): every table of the EF model, one JSON-lines file per
/// table, rows ordered by primary key, values in one invariant form on both providers, plus <c>manifest.json</c> with
/// the schema version and the row count of each table. Works on the relational model (tables and their columns, not
/// entity classes), so table splitting, owned types and shadow properties come along, and a new table needs no change here.
/// </summary>
public static class LogicalDump
{
    public const string ManifestFile = "manifest.json";
    public const string Format = "samordna-logical-export";
    public const int FormatVersion = 1;

    private const int RowsPerInsert = 200;

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The migration's name without its provider-specific timestamp: the same on SQLite and PostgreSQL.</summary>
    public static string MigrationName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>This build's migrations, by name, oldest first.</summary>
    public static IReadOnlyList<string> KnownMigrations(AppDbContext db) => db.Database.GetMigrations().Select(MigrationName).ToList();

    /// <summary>Writes every table to <paramref name="directory"/> in one read transaction (a consistent snapshot while the app runs).</summary>
    public static async Task<DumpManifest> ExportAsync(AppDbContext db, string directory, Action<string>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).Select(MigrationName).ToList();
        if (applied.Count == 0)
        {
            throw new DumpRefusedException("Databasen är inte skapad: kör migrate först.");
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            var tables = new List<DumpTable>();
            foreach (var table in TablesOf(db).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var rows = await ReadRowsAsync(db, connection, transaction, table, ct);
                var file = table.Name + ".jsonl";
                await using (var stream = File.Create(Path.Combine(directory, file)))
                {
                    foreach (var row in rows)
                    {
                        WriteLine(stream, table, row);
                    }
                }

                tables.Add(new DumpTable(table.Name, file, rows.Count, table.Columns.Select(c => c.Name).ToList()));
                progress?.Invoke($"{table.Name}: {SwedishCulture.Count(rows.Count, "rad", "rader")}");
            }

            await transaction.CommitAsync(ct);
            var manifest = new DumpManifest(Format, FormatVersion, applied[^1], applied, tables);
            await File.WriteAllBytesAsync(Path.Combine(directory, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson), ct);
            return manifest;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<DumpManifest> ReadManifestAsync(string directory, CancellationToken ct)
    {
        var path = Path.Combine(directory, ManifestFile);
        if (!File.Exists(path))
        {
            throw new DumpRefusedException($"{directory} är ingen export från Samordna: {ManifestFile} saknas.");
        }

        DumpManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DumpManifest>(await File.ReadAllBytesAsync(path, ct), ManifestJson);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != Format)
        {
            throw new DumpRefusedException($"{ManifestFile} i {directory} kan inte läsas som en export från Samordna.");
        }

        if (manifest.FormatVersion > FormatVersion)
        {
            throw new DumpRefusedException($"Exporten har formatversion {manifest.FormatVersion}, som är nyare än den här versionen av Samordna kan läsa ({FormatVersion}). Uppgradera Samordna först.");
        }

        return manifest;
    }

    /// <summary>Refuses a dump this build cannot load into its schema; null when it fits.</summary>
    public static string? SchemaProblem(DumpManifest manifest, IReadOnlyList<string> known)
    {
        var unknown = manifest.Migrations.Append(manifest.SchemaVersion).FirstOrDefault(m => !known.Contains(m, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return $"Säkerhetskopian kommer från en nyare version av Samordna: schemaversionen {unknown} finns inte i den här versionen (senaste är {known[^1]}). Uppgradera Samordna och försök igen.";
        }

        if (manifest.SchemaVersion != known[^1])
        {
            return $"Exporten har en äldre schemaversion ({manifest.SchemaVersion}) än den här versionen av Samordna ({known[^1]}). Läs in den med den version som skrev den och uppgradera sedan med migrate, eller återställ från en säkerhetskopia av SQLite-filen (den uppgraderas vid återställningen).";
        }

        return null;
    }

    /// <summary>
    /// Loads a dump into the database of <paramref name="db"/>: migrates it, refuses a non-empty target or another
    /// schema, then inserts every table in foreign-key order in one transaction, so it is all or nothing.
    /// </summary>
    public static async Task ImportAsync(AppDbContext db, string directory, Action<string>? progress, CancellationToken ct)
    {
        var manifest = await ReadManifestAsync(directory, ct);
        var known = KnownMigrations(db);
        if (SchemaProblem(manifest, known) is { } problem)
        {
            throw new DumpRefusedException(problem);
        }

        var tables = TablesOf(db);
        var missing = tables.Where(t => manifest.Tables.All(d => d.Name != t.Name)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
        {
            throw new DumpRefusedException($"Exporten saknar {SwedishCulture.Count(missing.Count, "tabell", "tabeller")}: {string.Join(", ", missing)}.");
        }

        await PendingMigrations.MigrateAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var occupied = await OccupiedTablesAsync(db, connection, tables, ct);
            if (occupied.Count > 0)
            {
                throw new DumpRefusedException(
                    $"Måldatabasen är inte tom: {SwedishCulture.Count(occupied.Count, "tabell", "tabeller")} har rader ({string.Join(", ", occupied.Take(5))}{(occupied.Count > 5 ? " …" : string.Empty)}). Återställ bara till en ny, tom databas.");
            }

            var ordered = DependencyOrder(tables);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var isSqlite = connection is SqliteConnection;

            // Reference data that migrate and the start put in a new database is replaced by the dump's copy.
            foreach (var table in Enumerable.Reverse(ordered))
            {
                await ExecuteAsync(connection, transaction, $"DELETE FROM {Quote(db, table.Name)}", ct);
            }

            foreach (var table in ordered)
            {
                var dumped = manifest.Tables.Single(d => d.Name == table.Name);
                var unknownColumns = dumped.Columns.Except(table.Columns.Select(c => c.Name), StringComparer.Ordinal).ToList();
                if (unknownColumns.Count > 0)
                {
                    throw new DumpRefusedException($"Tabellen {table.Name} i exporten har kolumner som den här versionen inte känner till: {string.Join(", ", unknownColumns)}.");
                }

                var rows = await ReadFileAsync(Path.Combine(directory, dumped.File), table, ct);
                if (rows.Count != dumped.Rows)
                {
                    throw new DumpRefusedException($"Tabellen {table.Name} har {SwedishCulture.Count(rows.Count, "rad", "rader")} i filen men {dumped.Rows} enligt {ManifestFile}: exporten är ofullständig.");
                }

                await InsertAsync(db, connection, transaction, table, ParentsFirst(table, rows), ct);
                progress?.Invoke($"{table.Name}: {SwedishCulture.Count(rows.Count, "rad", "rader")}");
            }

            if (isSqlite)
            {
                // The catalogue's full-text index (ADR 0013) lives outside the model; rebuild it from the loaded rows.
                if (await ScalarAsync(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE name = 'interventions_search'", ct) is long and > 0)
                {
                    await ExecuteAsync(connection, transaction, "INSERT INTO interventions_search(interventions_search) VALUES ('rebuild')", ct);
                }
            }
            else
            {
                await ResetSequencesAsync(db, connection, transaction, tables, ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Row counts per table of the database, by the model's tables (for the operator's and the tests' comparisons).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(AppDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in TablesOf(db))
            {
                counts[table.Name] = Convert.ToInt64(await ScalarAsync(connection, null, $"SELECT count(*) FROM {Quote(db, table.Name)}", ct), CultureInfo.InvariantCulture);
            }

            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static IReadOnlyList<DumpTableModel> TablesOf(AppDbContext db)
    {
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Where(t => !t.IsExcludedFromMigrations)
            .Select(t =>
            {
                var columns = t.Columns
                    .Where(c => c.ComputedColumnSql is null)
                    .OrderBy(c => c.Name, StringComparer.Ordinal)
                    .Select(c =>
                    {
                        var type = Nullable.GetUnderlyingType(c.ProviderClrType) ?? c.ProviderClrType;
                        return new DumpColumn(c.Name, type, c.StoreType, mappings.FindMapping(type, c.StoreType));
                    })
                    .ToList();
                var key = t.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? columns.Select(c => c.Name).ToList();
                var foreignKeys = t.ForeignKeyConstraints
                    .Select(f => new DumpForeignKey(f.PrincipalTable.Name, f.Columns.Select(c => c.Name).ToList(), f.PrincipalColumns.Select(c => c.Name).ToList()))
                    .ToList();
                return new DumpTableModel(t.Name, columns, key, foreignKeys);
            })
            .ToList();
    }

    /// <summary>Parents before children; a table referencing itself is handled row by row (<see cref="ParentsFirst"/>).</summary>
    internal static IReadOnlyList<DumpTableModel> DependencyOrder(IReadOnlyList<DumpTableModel> tables)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<DumpTableModel>();
        void Visit(DumpTableModel table)
        {
            if (done.Contains(table.Name))
            {
                return;
            }

            if (!visiting.Add(table.Name))
            {
                throw new InvalidOperationException($"Foreign keys form a cycle through {table.Name}; the logical import cannot order it.");
            }

            foreach (var fk in table.ForeignKeys.Where(f => f.PrincipalTable != table.Name && byName.ContainsKey(f.PrincipalTable)).OrderBy(f => f.PrincipalTable, StringComparer.Ordinal))
            {
                Visit(byName[fk.PrincipalTable]);
            }

            visiting.Remove(table.Name);
            done.Add(table.Name);
            order.Add(table);
        }

        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table);
        }

        return order;
    }

    /// <summary>For a table that references itself: each row after the row it points to.</summary>
    private static List<object?[]> ParentsFirst(DumpTableModel table, List<object?[]> rows)
    {
        var selfKeys = table.ForeignKeys.Where(f => f.PrincipalTable == table.Name).ToList();
        if (selfKeys.Count == 0)
        {
            return rows;
        }

        var index = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        string? KeyOf(object?[] row, IReadOnlyList<string> columns) =>
            columns.Any(c => row[index[c]] is null) ? null : string.Join('\u001f', columns.Select(c => Text(row[index[c]])));

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fk in selfKeys)
        {
            present.UnionWith(rows.Select(r => KeyOf(r, fk.PrincipalColumns)).OfType<string>());
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<object?[]>(rows.Count);
        var waiting = rows;
        while (waiting.Count > 0)
        {
            var next = new List<object?[]>();
            foreach (var row in waiting)
            {
                var ready = selfKeys.All(fk => KeyOf(row, fk.Columns) is not { } parent || !present.Contains(parent) || placed.Contains(parent));
                if (ready)
                {
                    result.Add(row);
                    foreach (var fk in selfKeys)
                    {
                        if (KeyOf(row, fk.PrincipalColumns) is { } own)
                        {
                            placed.Add(own);
                        }
                    }
                }
                else
                {
                    next.Add(row);
                }
            }

            if (next.Count == waiting.Count)
            {
                throw new DumpRefusedException($"Raderna i {table.Name} pekar på varandra i en cirkel och kan inte läsas in.");
            }

            waiting = next;
        }

        return result;
    }

    private static async Task<List<string>> OccupiedTablesAsync(AppDbContext db, DbConnection connection, IReadOnlyList<DumpTableModel> tables, CancellationToken ct)
    {
        var occupied = new List<string>();
        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (ReferenceTables.Contains(table.Name))
            {
                continue;
            }

            var any = await ScalarAsync(connection, null, $"SELECT 1 FROM {Quote(db, table.Name)} LIMIT 1", ct);
            if (any is not null and not DBNull)
            {
                occupied.Add(table.Name);
            }
        }

        return occupied;
    }

    /// <summary>
    /// Tables that <c>migrate</c> and the start fill in a new database without anyone's work (reference data, the public
    /// data version, the data-protection key): a database holding only these still counts as empty, and the import
    /// replaces them with the dump's rows.
    /// </summary>
    internal static readonly HashSet<string> ReferenceTables = new(StringComparer.Ordinal)
    {
        "ref_county",
        "ref_municipality",
        "registry_organisation",
        "platform_data_version",
        "platform_data_protection_key",
    };

    private static async Task<List<object?[]>> ReadRowsAsync(AppDbContext db, DbConnection connection, DbTransaction transaction, DumpTableModel table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(db, c.Name)))} FROM {Quote(db, table.Name)}";
        var rows = new List<object?[]>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[table.Columns.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = await reader.IsDBNullAsync(i, ct) ? null : Normalise(Read(reader, i, table.Columns[i].Type));
                }

                rows.Add(row);
            }
        }

        var keyIndexes = table.Key.Select(k => table.Columns.FindIndex(c => c.Name == k)).ToArray();
        rows.Sort((a, b) =>
        {
            foreach (var i in keyIndexes)
            {
                var c = CompareValues(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });
        return rows;
    }

    private static object Read(DbDataReader reader, int i, Type type) => type switch
    {
        _ when type == typeof(string) => reader.GetString(i),
        _ when type == typeof(bool) => reader.GetBoolean(i),
        _ when type == typeof(long) => reader.GetInt64(i),
        _ when type == typeof(int) => reader.GetInt32(i),
        _ when type == typeof(short) => reader.GetInt16(i),
        _ when type == typeof(byte) => reader.GetByte(i),
        _ when type == typeof(decimal) => reader.GetDecimal(i),
        _ when type == typeof(double) => reader.GetDouble(i),
        _ when type == typeof(float) => reader.GetFloat(i),
        _ when type == typeof(Guid) => reader.GetGuid(i),
        _ when type == typeof(DateTime) => reader.GetDateTime(i),
        _ when type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(i),
        _ when type == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(i),
        _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(i),
        _ when type == typeof(TimeSpan) => reader.GetFieldValue<TimeSpan>(i),
        _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(i),
        _ => throw new NotSupportedException($"The logical export has no format for {type.Name}."),
    };

    /// <summary>PostgreSQL keeps time to the microsecond: the export does too, so both providers write the same text.</summary>
    private static object Normalise(object value) => value switch
    {
        DateTime d => new DateTime(d.Ticks - (d.Ticks % 10), DateTimeKind.Unspecified),
        DateTimeOffset o => new DateTimeOffset(o.UtcTicks - (o.UtcTicks % 10), TimeSpan.Zero),
        TimeOnly t => new TimeOnly(t.Ticks - (t.Ticks % 10)),
        TimeSpan s => new TimeSpan(s.Ticks - (s.Ticks % 10)),
        decimal m => m / 1.000000000000000000000000000000000m,
        _ => value,
    };

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (Guid x, Guid y) => string.CompareOrdinal(Text(x), Text(y)),
        (IComparable x, _) => x.CompareTo(b),
        _ => string.CompareOrdinal(Text(a), Text(b)),
    };

    /// <summary>The one text form of a value in a dump: invariant, ISO 8601, lower-case GUIDs, base64 bytes.</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        Guid g => g.ToString("D"),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        TimeSpan s => s.ToString("c", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void WriteLine(Stream stream, DumpTableModel table, object?[] row)
    {
        using (var writer = new Utf8JsonWriter(stream, LineOptions))
        {
            writer.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                writer.WritePropertyName(table.Columns[i].Name);
                switch (row[i])
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case bool b:
                        writer.WriteBooleanValue(b);
                        break;
                    case long or int or short or byte:
                        writer.WriteNumberValue(Convert.ToInt64(row[i], CultureInfo.InvariantCulture));
                        break;
                    default:
                        writer.WriteStringValue(Text(row[i]));
                        break;
                }
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static async Task<List<object?[]>> ReadFileAsync(string path, DumpTableModel table, CancellationToken ct)
    {
        var rows = new List<object?[]>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, Encoding.UTF8, ct))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                var column = table.Columns[i];
                try
                {
                    row[i] = json.RootElement.TryGetProperty(column.Name, out var element) ? Parse(element, column) : null;
                }
                catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException)
                {
                    throw new DumpRefusedException($"{Path.GetFileName(path)} rad {lineNumber}: värdet i kolumnen {column.Name} kan inte läsas.");
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static object? Parse(JsonElement element, DumpColumn column)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var type = column.Type;
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => element.GetString(),
            _ when type == typeof(bool) => element.GetBoolean(),
            _ when type == typeof(long) => element.GetInt64(),
            _ when type == typeof(int) => element.GetInt32(),
            _ when type == typeof(short) => element.GetInt16(),
            _ when type == typeof(byte) => element.GetByte(),
            _ when type == typeof(decimal) => decimal.Parse(element.GetString()!, NumberStyles.Number, invariant),
            _ when type == typeof(double) => double.Parse(element.GetString()!, NumberStyles.Float, invariant),
            _ when type == typeof(float) => float.Parse(element.GetString()!, NumberStyles.Float, invariant),
            _ when type == typeof(Guid) => Guid.Parse(element.GetString()!),
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(
                DateTime.ParseExact(element.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff", invariant),
                column.StoreType.Contains("without time zone", StringComparison.OrdinalIgnoreCase) ? DateTimeKind.Unspecified : DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.ParseExact(element.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", invariant, DateTimeStyles.AssumeUniversal),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", invariant),
            _ when type == typeof(TimeOnly) => TimeOnly.ParseExact(element.GetString()!, "HH:mm:ss.ffffff", invariant),
            _ when type == typeof(TimeSpan) => TimeSpan.ParseExact(element.GetString()!, "c", invariant),
            _ when type == typeof(byte[]) => Convert.FromBase64String(element.GetString()!),
            _ => throw new NotSupportedException($"The logical import has no format for {type.Name}."),
        };
    }

    private static async Task InsertAsync(AppDbContext db, DbConnection connection, DbTransaction transaction, DumpTableModel table, List<object?[]> rows, CancellationToken ct)
    {
        var columns = string.Join(", ", table.Columns.Select(c => Quote(db, c.Name)));
        // PostgreSQL takes many rows per statement well. SQLite binds each named parameter by looking it up by name, so
        // a statement of thousands of parameters costs time that grows with their square (88 s for 164 000 rows in
        // bench/export-import.sh); a one-row statement, prepared once and bound again for every row, is what it does fastest.
        var perInsert = db.Database.IsSqlite() ? 1 : Math.Max(1, Math.Min(RowsPerInsert, 30_000 / Math.Max(1, table.Columns.Count)));
        DbCommand? command = null;
        var commandRows = 0;
        try
        {
            foreach (var chunk in rows.Chunk(perInsert))
            {
                if (command is null || commandRows != chunk.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = $"INSERT INTO {Quote(db, table.Name)} ({columns}) VALUES {Placeholders(chunk.Length, table.Columns.Count)}";
                    commandRows = chunk.Length;
                }

                command.Parameters.Clear();
                var n = 0;
                foreach (var row in chunk)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        var name = "p" + n.ToString(CultureInfo.InvariantCulture);
                        n++;
                        command.Parameters.Add(table.Columns[i].Mapping is { } mapping
                            ? mapping.CreateParameter(command, name, row[i], nullable: true)
                            : CreatePlainParameter(command, name, row[i]));
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>"(@p0, @p1), (@p2, @p3)" for two rows of two columns.</summary>
    private static string Placeholders(int rows, int columns)
    {
        var values = new StringBuilder();
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                values.Append(c == 0 ? "@p" : ", @p").Append(n.ToString(CultureInfo.InvariantCulture));
                n++;
            }

            values.Append(')');
        }

        return values.ToString();
    }

    private static DbParameter CreatePlainParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>PostgreSQL identity columns keep counting from the highest loaded id, not from 1.</summary>
    private static async Task ResetSequencesAsync(AppDbContext db, DbConnection connection, DbTransaction transaction, IReadOnlyList<DumpTableModel> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => table.Key.Contains(c.Name) && (c.Type == typeof(int) || c.Type == typeof(long) || c.Type == typeof(short))))
            {
                await using var find = connection.CreateCommand();
                find.Transaction = transaction;
                find.CommandText = "SELECT pg_get_serial_sequence(@t, @c)";
                find.Parameters.Add(CreatePlainParameter(find, "t", Quote(db, table.Name)));
                find.Parameters.Add(CreatePlainParameter(find, "c", column.Name));
                if (await find.ExecuteScalarAsync(ct) is string sequence)
                {
                    await using var set = connection.CreateCommand();
                    set.Transaction = transaction;
                    set.CommandText = $"SELECT setval(@s, COALESCE((SELECT MAX({Quote(db, column.Name)}) FROM {Quote(db, table.Name)}), 0) + 1, false)";
                    set.Parameters.Add(CreatePlainParameter(set, "s", sequence));
                    await set.ExecuteScalarAsync(ct);
                }
            }
        }
    }

    private static string Quote(AppDbContext db, string identifier) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(identifier);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>The dump's table of contents. No time stamp and no provider: two dumps of the same data are the same bytes.</summary>
public sealed record DumpManifest(string Format, int FormatVersion, string SchemaVersion, IReadOnlyList<string> Migrations, IReadOnlyList<DumpTable> Tables);

public sealed record DumpTable(string Name, string File, long Rows, IReadOnlyList<string> Columns);

internal sealed record DumpColumn(string Name, Type Type, string StoreType, RelationalTypeMapping? Mapping);

internal sealed record DumpForeignKey(string PrincipalTable, IReadOnlyList<string> Columns, IReadOnlyList<string> PrincipalColumns);

internal sealed record DumpTableModel(string Name, List<DumpColumn> Columns, IReadOnlyList<string> Key, IReadOnlyList<DumpForeignKey> ForeignKeys);

/// <summary>An export, import or restore the operator must not do as asked; the message (Swedish) says why and what to do.</summary>
public sealed class DumpRefusedException(string message) : Exception(message);
