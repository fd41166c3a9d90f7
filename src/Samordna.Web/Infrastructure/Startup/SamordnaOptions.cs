namespace Samordna.Web.Infrastructure.Startup;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database": which provider, where, and whether the app migrates itself at start.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL (or to override SQLite). Also read from ConnectionStrings:Samordna.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "App_Data/samordna.db";

    /// <summary>Apply migrations at start. On in development and tests; in production run the <c>migrate</c> command instead.</summary>
    public bool MigrateOnStartup { get; set; }
}

/// <summary>Section "Demo": clearly labelled demo data for newcomers. Never allowed in production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}

/// <summary>Section "RateLimiting".</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Login attempts (page and token API) per client address per window.</summary>
    public int LoginPermitLimit { get; set; } = 10;

    public int LoginWindowSeconds { get; set; } = 60;
}

/// <summary>Section "Authentication:Oidc": sign-in through a member organisation's identity provider. Off by default.</summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";

    public bool Enabled { get; set; }

    /// <summary>Text on the login button, e.g. "Logga in med Region Jönköpings län".</summary>
    public string DisplayName { get; set; } = "Logga in med din organisations konto";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string CallbackPath { get; set; } = "/signin-oidc";

    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>The claim that carries the user's e-mail; users are matched to existing accounts by it.</summary>
    public string EmailClaim { get; set; } = "email";
}

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Send cookies only over HTTPS. On in production; off for plain-http development and tests.</summary>
    public bool RequireHttpsCookies { get; set; } = true;

    /// <summary>Trust X-Forwarded-For/Proto from a reverse proxy.</summary>
    public bool TrustForwardedHeaders { get; set; }
}

/// <summary>
/// Section "DataProtection": how the data-protection keys (which protect login cookies, bearer tokens and
/// antiforgery tokens) are encrypted at rest in the database. See docs/adr/0009.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with an RSA certificate and its private key; new keys are encrypted with it.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx password; give it as the environment variable <c>DataProtection__CertificatePassword</c>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Earlier certificates, kept after a certificate change so keys encrypted with them can still be read.</summary>
    public List<PreviousCertificate> PreviousCertificates { get; set; } = [];

    /// <summary>Production refuses to start without a certificate unless this is true (then it warns at every start).</summary>
    public bool AllowUnencryptedKeys { get; set; }

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    public sealed class PreviousCertificate
    {
        public string? Path { get; set; }

        public string? Password { get; set; }
    }
}
