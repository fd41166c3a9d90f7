namespace Samordna.Web.Features.Registry.Data;

/// <summary>A county (län) with its SCB code; each has one region except Gotland, whose municipality carries the regional role.</summary>
public sealed class County : Samordna.Web.Data.IPublicData
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

/// <summary>One of Sweden's 290 municipalities, identified by its SCB code.</summary>
public sealed class Municipality : Samordna.Web.Data.IPublicData
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string CountyCode { get; set; } = string.Empty;
}
