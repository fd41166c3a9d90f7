using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Samordna.Web.Data;

/// <summary>
/// Writes many new rows of one entity outside the change tracker, with exactly the columns and value conversions of
/// the EF model (so the rows are what EF would write): one-row <c>INSERT</c>s prepared once and bound again on SQLite
/// (its named parameters cost their square per statement, see LogicalDump), binary <c>COPY</c> on PostgreSQL. The
/// caller owns the connection and the transaction. No interceptor runs: audited rows go through
/// <see cref="Infrastructure.Audit.AuditedBulkInsert"/>, which writes their audit rows too.
/// </summary>
public sealed class BulkInsert<T>
where T : class
{
    private readonly string _name;
    private readonly List<(string Column, Func<T, object?> Value, Func<T, object?> ModelValue, RelationalTypeMapping Mapping)> _columns;
    private readonly ISqlGenerationHelper _sql;

    public BulkInsert(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        _name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(_name, entity.GetSchema());
        _sql = db.GetService<ISqlGenerationHelper>();
        _columns = entity.GetProperties().Select(p =>
        {
            var info = p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no CLR property.");
            var mapping = (RelationalTypeMapping)p.GetTypeMapping();
            var converter = mapping.Converter;
            Func<T, object?> value = converter is null ? e => info.GetValue(e) : e => info.GetValue(e) is { } v ? converter.ConvertToProvider(v) : null;
            return (p.GetColumnName(store)!, value, (Func<T, object?>)info.GetValue, mapping);
        }).ToList();
    }

    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", _columns.Select(c => _sql.DelimitIdentifier(c.Column)));
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync($"COPY {_sql.DelimitIdentifier(_name)} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var (_, get, _, _) in _columns)
                {
                    await WriteAsync(copy, get(row), ct);
                }
            }

            await copy.CompleteAsync(ct);
            return;
        }

        // SQLite: one row per statement, prepared once and bound again (its named parameters cost their square per statement).
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {_sql.DelimitIdentifier(_name)} ({columns}) VALUES ({string.Join(", ", _columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        // Each parameter is made from a value of its column that is not null, so the provider configures it for that type.
        var parameters = _columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), rows.Select(c.ModelValue).FirstOrDefault(v => v is not null), nullable: true);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = _columns[i].Value(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken ct) => value switch
    {
        null => copy.WriteNullAsync(ct),
        string s => copy.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Varchar, ct),
        Guid g => copy.WriteAsync(g, NpgsqlTypes.NpgsqlDbType.Uuid, ct),
        DateOnly d => copy.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Date, ct),
        DateTime t => copy.WriteAsync(t, NpgsqlTypes.NpgsqlDbType.TimestampTz, ct),
        int n => copy.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Integer, ct),
        long n => copy.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Bigint, ct),
        bool b => copy.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean, ct),
        _ => throw new NotSupportedException($"Generatorn kan inte skriva värden av typen {value.GetType().Name}."),
    };
}
