using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.RegisterFiles;

namespace Samordna.Web.Features.Registry.ExportRegister;

public sealed record RegisterExport(byte[] Content, string ContentType, string FileName, int Rows);

/// <summary>
/// The whole register, one row per membership (with the association's facts and its office's contact details on each),
/// ordered by association code, member code and start, so the same register always gives the same file and an import
/// of the file changes nothing.
/// </summary>
public sealed class ExportRegisterHandler(AppDbContext db)
{

    public async Task<IReadOnlyList<RegisterRow>> RowsAsync(CancellationToken ct)
    {
        var associations = await db.Set<Association>().AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var memberships = await db.Set<Membership>().AsNoTracking()
            .Select(m => new { m.AssociationId, m.Organisation!.Code, m.ValidFrom, m.ValidTo })
            .ToListAsync(ct);
        return memberships
            .Select(m => (Association: associations[m.AssociationId], m.Code, m.ValidFrom, m.ValidTo))
            .OrderBy(m => m.Association.Code, StringComparer.Ordinal).ThenBy(m => m.Code, StringComparer.Ordinal).ThenBy(m => m.ValidFrom)
            .Select((m, i) => new RegisterRow(
                i + 2,
                m.Association.Code,
                m.Association.Name,
                OrganisationNumber.Parse(m.Association.OrganisationNumber).ToString(),
                m.Association.SeatMunicipalityCode,
                SwedishCulture.Date(m.Association.FormedOn),
                FormFields.Text(m.Association.EndedOn),
                m.Code,
                SwedishCulture.Date(m.ValidFrom),
                FormFields.Text(m.ValidTo),
                m.Association.PublicEmail ?? string.Empty,
                m.Association.Phone ?? string.Empty,
                m.Association.PostalAddress ?? string.Empty,
                m.Association.Website ?? string.Empty))
            .ToList();
    }

    public async Task<RegisterExport> HandleAsync(RegisterFormat format, DateOnly today, CancellationToken ct)
    {
        var rows = await RowsAsync(ct);
        var name = $"samordningsforbund-register-{SwedishCulture.Date(today)}";
        var kind = format == RegisterFormat.Xlsx ? FileKind.Xlsx : FileKind.Csv;
        return new RegisterExport(RegisterFile.Write(rows, format), TabularFile.ContentType(kind), $"{name}.{TabularFile.Extension(kind)}", rows.Count);
    }

    /// <summary>"csv" or "xlsx" (also "excel"); null for anything else.</summary>
    public static RegisterFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => RegisterFormat.Csv,
        "xlsx" or "excel" => RegisterFormat.Xlsx,
        _ => null,
    };
}
