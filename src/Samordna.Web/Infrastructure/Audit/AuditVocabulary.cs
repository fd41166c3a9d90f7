namespace Samordna.Web.Infrastructure.Audit;

/// <summary>
/// What an area tells the audit log about its audited rows, so the log reads in Swedish: each entity's name, the
/// fields only that area has, and the Swedish words of its enums (the area's own naming functions, not copies). Every
/// area with audited rows registers one (<c>services.AddAuditVocabulary&lt;T&gt;()</c>); a test checks that every
/// audited entity, field and enum value of the model has Swedish words.
/// </summary>
public interface IAuditVocabulary
{
    void Describe(AuditTerms t);
}

/// <summary>The Swedish words of the audit log, collected from every area's <see cref="IAuditVocabulary"/>.</summary>
public sealed class AuditTerms
{
    private readonly Dictionary<string, string> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Func<object, string>> _enums = [];

    public AuditTerms(IEnumerable<IAuditVocabulary> vocabularies)
    {
        Common(this);
        foreach (var vocabulary in vocabularies)
        {
            vocabulary.Describe(this);
        }
    }

    /// <summary>The Swedish name of an entity (by its CLR type's name).</summary>
    public AuditTerms Entity<T>(string swedish)
    {
        _entities[typeof(T).Name] = swedish;
        return this;
    }

    /// <summary>A field's Swedish name: <c>"Amount"</c> for every entity, or <c>"Budget.Number"</c> for one.</summary>
    public AuditTerms Field(string name, string swedish)
    {
        _fields[name] = swedish;
        return this;
    }

    public AuditTerms Fields(params (string Name, string Swedish)[] fields)
    {
        foreach (var (name, swedish) in fields)
        {
            _fields[name] = swedish;
        }

        return this;
    }

    /// <summary>An enum's values in Swedish, by the area's own naming function.</summary>
    public AuditTerms Enum<TEnum>(Func<TEnum, string> swedish)
        where TEnum : struct, Enum
    {
        _enums[typeof(TEnum)] = value => swedish((TEnum)value);
        return this;
    }

    public string? EntityName(string clrName) => _entities.GetValueOrDefault(clrName);

    public string? FieldName(string entity, string field) => _fields.GetValueOrDefault($"{entity}.{field}") ?? _fields.GetValueOrDefault(field);

    /// <summary>An enum value (as the log stores it, its name) in Swedish, or null when the enum or the value is unknown.</summary>
    public string? EnumValue(Type enumType, string stored) =>
        _enums.TryGetValue(enumType, out var name) && System.Enum.TryParse(enumType, stored, ignoreCase: false, out var value) && value is not null
            ? name(value)
            : null;

    public bool KnowsEnum(Type enumType) => _enums.ContainsKey(enumType);

    /// <summary>Fields most entities share.</summary>
    private static void Common(AuditTerms t) => t.Fields(
        ("Id", "Id"), ("AssociationId", "Förbund"), ("OrganisationId", "Organisation"), ("Version", "Version"), ("Year", "År"),
        ("Name", "Namn"), ("Code", "Kod"), ("Note", "Anteckning"), ("Text", "Text"), ("Title", "Rubrik"), ("Description", "Beskrivning"),
        ("Amount", "Belopp"), ("Position", "Ordning"), ("Kind", "Slag"), ("State", "Läge"), ("Status", "Status"), ("Reference", "Hänvisning"),
        ("CreatedAt", "Skapad"), ("CreatedBy", "Skapad av"), ("UpdatedAt", "Ändrad"), ("DecisionDate", "Beslutsdatum"), ("DecidedOn", "Beslutad"),
        ("DecisionId", "Beslut"), ("InterventionId", "Insats"), ("MeetingId", "Sammanträde"), ("FileName", "Filnamn"), ("ImportedAt", "Inläst"),
        ("ImportedBy", "Inläst av"), ("ValidFrom", "Gäller från"), ("ValidTo", "Gäller till"), ("StartDate", "Startdatum"), ("EndDate", "Slutdatum"),
        ("EffectiveDate", "Gäller från"), ("Share", "Andel"), ("Label", "Benämning"), ("IsDemo", "Demodata"), ("Women", "Kvinnor"), ("Men", "Män"),
        ("Date", "Datum"), ("Number", "Nummer"), ("Sequence", "Löpnummer"), ("Source", "Källa"), ("Frame", "Ram"), ("ReferenceDate", "Referensdatum"),
        ("AgeBand", "Åldersspann"), ("UserId", "Användare"), ("UserName", "Användare"), ("OccurredAt", "Tidpunkt"), ("Actor", "Vem"));
}
