using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.RegisterFiles;

namespace Samordna.Web.Features.Registry.ImportRegister;

/// <summary>What an import did, or would do (<see cref="DryRun"/>), or every reason it was refused (<see cref="Errors"/>, each naming its row; the API answers them as a 400).</summary>
public sealed record ImportRegisterOutcome(
    bool Applied,
    bool DryRun,
    int Rows,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<Error> Errors,
    int AssociationsCreated = 0,
    int AssociationsUpdated = 0,
    int AssociationsUnchanged = 0,
    int AssociationsNotInFile = 0,
    int MembershipsAdded = 0,
    int MembershipsChanged = 0,
    int MembershipsRemoved = 0)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Set when the file could not be read at all (too large, not a workbook …): its code decides 400 or 413.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public FileProblem? Problem { get; init; }
}

/// <summary>
/// Bulk import of the register (see docs/adr/0101): all or nothing. Each association in the file is created or, matched
/// by its code, brought to exactly what the file says, memberships and the contact columns the file has included; associations not in the file are left as
/// they are. One save, so a failure changes nothing; every changed row reaches the audit log, and the import itself is
/// recorded as a <see cref="RegistryImport"/>.
/// </summary>
public sealed class ImportRegisterHandler(AppDbContext db, IAuditActor actor, TimeProvider clock, IOptions<FileLimits> limits)
{
    public const int MaxRows = 50_000;

    /// <summary>Reads an upload or a file with the configured size limit checked while reading; too large is a Swedish outcome, not an exception.</summary>
    public async Task<ImportRegisterOutcome> HandleAsync(Stream content, string fileName, bool dryRun, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await TabularFile.ReadBytesAsync(content, limits.Value, ct);
        }
        catch (TabularFileException ex)
        {
            return new ImportRegisterOutcome(false, dryRun, 0, [ex.Problem.ToError()]) { Problem = ex.Problem };
        }

        return await HandleAsync(bytes, fileName, dryRun, ct);
    }

    /// <summary>The file's kind (CSV or Excel) is decided by its content.</summary>
    public async Task<ImportRegisterOutcome> HandleAsync(byte[] content, string fileName, bool dryRun, CancellationToken ct)
    {
        var format = RegisterFile.FormatOf(content);
        var read = RegisterFile.Read(content, limits.Value);
        if (read.Errors.Count > 0)
        {
            return new ImportRegisterOutcome(false, dryRun, read.Rows.Count, read.Errors.Select(RegistryErrors.ImportFileUnreadable.WithMessage).ToList());
        }

        if (read.Rows.Count == 0 || read.Rows.Count > MaxRows)
        {
            return new ImportRegisterOutcome(false, dryRun, read.Rows.Count, [read.Rows.Count == 0 ? RegistryErrors.ImportEmpty : RegistryErrors.ImportTooManyRows.WithMessage($"Filen har fler än {MaxRows} rader.")]);
        }

        var associations = await db.Set<Association>().Include(a => a.Memberships).AsSplitQuery().ToListAsync(ct);
        var context = new ImportContext(
            (await db.Set<Municipality>().Select(m => m.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
            await db.Set<Organisation>().ToDictionaryAsync(o => o.Code.ToUpperInvariant(), ct),
            associations.ToDictionary(a => a.Code, a => (a.OrganisationNumber, a.Name, a.LiquidationFrom), StringComparer.Ordinal));
        var (parsed, errors) = RegisterImportValidator.Validate(read.Rows, context);
        if (errors.Count > 0)
        {
            return new ImportRegisterOutcome(false, dryRun, read.Rows.Count, errors);
        }

        var byCode = associations.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var counts = new Counts();
        foreach (var item in parsed)
        {
            Apply(item, byCode.GetValueOrDefault(item.Code), counts);
        }

        var notInFile = associations.Count(a => parsed.All(p => p.Code != a.Code));
        if (!dryRun)
        {
            db.Add(new RegistryImport
            {
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                Actor = actor.Name,
                FileName = Path.GetFileName(fileName),
                Format = format == RegisterFormat.Xlsx ? "xlsx" : "csv",
                Rows = read.Rows.Count,
                AssociationsCreated = counts.Created,
                AssociationsUpdated = counts.Updated,
                MembershipsAdded = counts.Added,
                MembershipsChanged = counts.Changed,
                MembershipsRemoved = counts.Removed,
            });
            await db.SaveChangesAsync(ct);
        }

        return new ImportRegisterOutcome(!dryRun, dryRun, read.Rows.Count, [], counts.Created, counts.Updated, counts.Unchanged, notInFile, counts.Added, counts.Changed, counts.Removed);
    }

    private void Apply(ImportAssociation item, Association? association, Counts counts)
    {
        var created = association is null;
        association ??= new Association { Code = item.Code };
        var changed = association.Name != item.Name || association.OrganisationNumber != item.OrganisationNumber
            || association.SeatMunicipalityCode != item.Seat || association.FormedOn != item.FormedOn || association.EndedOn != item.EndedOn;
        association.Name = item.Name;
        association.OrganisationNumber = item.OrganisationNumber;
        association.SeatMunicipalityCode = item.Seat;
        association.FormedOn = item.FormedOn;
        association.EndedOn = item.EndedOn;

        // The contact details the file has columns for (a blank cell clears one); an older file without them leaves them.
        var contact = item.Contact.ToCheck();
        string? Contact(string? column, string? cleaned, string? current) => column is null ? current : cleaned;
        var (email, phone, address, website) = (Contact(item.Contact.Email, contact.Email, association.PublicEmail), Contact(item.Contact.Phone, contact.Phone, association.Phone),
            Contact(item.Contact.PostalAddress, contact.PostalAddress, association.PostalAddress), Contact(item.Contact.Website, contact.Website, association.Website));
        changed |= email != association.PublicEmail || phone != association.Phone || address != association.PostalAddress || website != association.Website;
        (association.PublicEmail, association.Phone, association.PostalAddress, association.Website) = (email, phone, address, website);
        if (created)
        {
            db.Add(association);
        }

        var existing = association.Memberships.ToDictionary(m => (m.OrganisationId, m.ValidFrom));
        var wanted = item.Memberships.ToDictionary(m => (m.Organisation.Id, m.From));
        foreach (var (key, m) in existing.Where(e => !wanted.ContainsKey(e.Key)))
        {
            db.Remove(m);
            counts.Removed++;
            changed = true;
        }

        foreach (var (key, m) in wanted)
        {
            if (existing.TryGetValue(key, out var current))
            {
                if (current.ValidTo != m.To)
                {
                    current.ValidTo = m.To;
                    counts.Changed++;
                    changed = true;
                }
            }
            else
            {
                db.Add(new Membership { AssociationId = association.Id, OrganisationId = m.Organisation.Id, ValidFrom = m.From, ValidTo = m.To });
                counts.Added++;
                changed = true;
            }
        }

        if (created)
        {
            counts.Created++;
        }
        else if (changed)
        {
            counts.Updated++;
        }
        else
        {
            counts.Unchanged++;
        }
    }

    private sealed class Counts
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Added { get; set; }

        public int Changed { get; set; }

        public int Removed { get; set; }
    }
}
