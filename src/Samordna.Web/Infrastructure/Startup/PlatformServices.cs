using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Samordna.Web.Infrastructure.Health;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.Web.Infrastructure.Startup;

/// <summary>The plumbing every area stands on: database, identity, authorization, errors, API, limits, health.</summary>
public static class PlatformServices
{
    public const string SmartScheme = "Samordna";
    public const string OidcScheme = "oidc";
    public const string LoginRateLimitPolicy = "login";

    public static WebApplicationBuilder AddSamordnaPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        services.Configure<DemoOptions>(config.GetSection(DemoOptions.Section));
        services.Configure<RateLimitingOptions>(config.GetSection(RateLimitingOptions.Section));
        services.Configure<OidcOptions>(config.GetSection(OidcOptions.Section));
        services.Configure<SecurityOptions>(config.GetSection(SecurityOptions.Section));
        services.AddOptions<Caching.CachingOptions>().Bind(config.GetSection(Caching.CachingOptions.Section))
            .Validate(o => o.VersionFreshness >= TimeSpan.Zero && o.VersionFreshness <= TimeSpan.FromDays(1), "Caching: VersionFreshness ska vara en tid mellan 00:00:00 och 1.00:00:00.")
            .ValidateOnStart();
        services.Configure<Infrastructure.Files.FileLimits>(config.GetSection(Infrastructure.Files.FileLimits.Section));
        services.AddDocuments(config);

        services.AddSingleton(TimeProvider.System);
        // Write å, ä, ö as themselves in HTML instead of numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddSingleton<OperatorContext>();
        // Singletons: the actor reads the ambient request, the interceptors keep no state of their own, so the
        // database options are built once for the app instead of once per request (AddDatabase).
        services.AddSingleton<IAuditActor, AuditActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditTerms>();
        services.AddScoped<AuditedBulkInsert>();
        services.AddSingleton<SessionStampInterceptor>();
        services.AddSingleton<Caching.PublicDataChangeInterceptor>();
        services.AddSingleton<Caching.PublicDataCommitInterceptor>();
        services.AddSingleton<Caching.PublicDataCache>();
        services.AddHostedService<Caching.PublicDataVersionRefresher>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, Web.QuietCookieTempDataProvider>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            o.AddPolicy(Caching.PublicDataOutputPolicy.Name, new Caching.PublicDataOutputPolicy());
        });
        services.AddScoped<IRequestScope, HttpRequestScope>();

        AddDatabase(builder);
        AddIdentityAndAuthentication(builder);

        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<AccessControl>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.Configure<KeyProtectionOptions>(config.GetSection(KeyProtectionOptions.Section));
        AddDataProtection(builder);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Title = ApiResults.Title(ctx.ProblemDetails.Status ?? 500);
            if (!ctx.ProblemDetails.Extensions.ContainsKey(ApiResults.CodeKey))
            {
                ctx.ProblemDetails.Extensions[ApiResults.CodeKey] = DefaultCode(ctx.ProblemDetails.Status ?? 500);
            }

            ctx.ProblemDetails.Detail ??= DefaultDetail(ctx.ProblemDetails.Status ?? 500);
            ctx.ProblemDetails.Type = null;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new DateOnlyJsonConverter());
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Samordna API";
            doc.Info.Version = "v1";
            doc.Info.Description = "Samordnas API för finansiell samordning (Finsam). Skyddade anrop kräver en bearer-token från POST /api/v1/auth/token. Fel returneras som problem details (RFC 9457) med en stabil kod i fältet 'code' och ett meddelande på svenska.";
            return Task.CompletedTask;
        }));

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToFolder("/Home");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Account/ExternalCallback");
            o.Conventions.AllowAnonymousToPage("/Account/Welcome");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<Features.Shared.AssociationPageFilter>();
            o.Filters.Add<Features.Shared.Forms.ConflictPageFilter>();
        });
        services.AddScoped<Features.Shared.NavigationBuilder>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "samordna.af";
            o.FormFieldName = "__af";
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimitPolicy, ctx =>
            {
                var limits = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>().Value;
                var key = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginPermitLimit,
                    Window = TimeSpan.FromSeconds(limits.LoginWindowSeconds),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (ctx, ct) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                if (ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await ApiResults.Problem(CommonErrors.TooManyRequests).ExecuteAsync(ctx.HttpContext);
                }
                else
                {
                    ctx.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                    await ctx.HttpContext.Response.WriteAsync(
                        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>För många försök – Samordna</title></head><body><main><h1>För många försök</h1><p>"
                        + CommonErrors.TooManyRequests.Message + "</p><p><a href=\"/logga-in\">Tillbaka till inloggningen</a></p></main></body></html>", ct);
                }
            };
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]).AddCheck<WarmUpHealthCheck>("warm-up", tags: ["ready"]);
        services.AddOptions<WarmUpOptions>().Bind(config.GetSection(WarmUpOptions.Section)).PostConfigure(o => o.ApplyDefaults())
            .Validate(WarmUpOptions.IsValid, "WarmUp: TimeoutSeconds 1–600, Rounds 1–50 och adresser i Paths och SignedInPaths som börjar med ett enda / och saknar \\.")
            .ValidateOnStart();
        services.AddSingleton<WarmUpState>();
        services.AddHostedService<WarmUpService>();

        // E-mail goes through the outbox; its dispatcher is the first scheduled job (ADR 0012).
        services.Configure<Email.EmailOptions>(config.GetSection(Email.EmailOptions.Section));
        services.AddSingleton<Email.EmailSendingOffNotice>();
        services.AddScoped<Email.OutboxDispatcher>();
        services.AddScheduledJob<Email.EmailOutboxJob>(Email.EmailOutboxJob.Name, Email.EmailOutboxJob.DefaultSchedule);

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.UseUtcTimestamp = true;
            });
        }

        return builder;
    }

    /// <summary>
    /// Keys live in the database (one key ring for every instance, ADR 0005) and, when a certificate is configured,
    /// are encrypted with it at rest; earlier certificates still decrypt the keys they encrypted (ADR 0009).
    /// </summary>
    private static void AddDataProtection(WebApplicationBuilder builder)
    {
        var keys = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("Samordna")
            .PersistKeysToDbContext<AppDbContext>();
        if (!keys.HasCertificate)
        {
            return;
        }

        var current = LoadCertificate(keys.CertificatePath!, keys.CertificatePassword, builder.Environment.ContentRootPath);
        var all = new List<X509Certificate2> { current };
        all.AddRange(keys.PreviousCertificates.Where(p => !string.IsNullOrWhiteSpace(p.Path))
            .Select(p => LoadCertificate(p.Path!, p.Password, builder.Environment.ContentRootPath)));
        dataProtection.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. all]);
    }

    private static X509Certificate2 LoadCertificate(string path, string? password, string contentRoot)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(
                full, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartupRefusedException($"Certifikatet för dataskyddsnycklarna kunde inte läsas från {full} ({ex.GetType().Name}). Kontrollera DataProtection__CertificatePath och DataProtection__CertificatePassword.");
        }

        using var privateKey = certificate.HasPrivateKey ? certificate.GetRSAPrivateKey() : null;
        if (privateKey is null)
        {
            throw new StartupRefusedException($"Certifikatet i {full} saknar privat RSA-nyckel och kan inte skydda dataskyddsnycklarna.");
        }

        return certificate;
    }

    private static void AddDatabase(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, builder.Configuration, builder.Environment.ContentRootPath);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o
                    .UseNpgsql(connectionString, x => x.MigrationsHistoryTable(PendingMigrations.HistoryTable))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SessionStampInterceptor>(), sp.GetRequiredService<Caching.PublicDataChangeInterceptor>(), sp.GetRequiredService<Caching.PublicDataCommitInterceptor>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o
                    .UseSqlite(connectionString, x => x.MigrationsHistoryTable(PendingMigrations.HistoryTable))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SessionStampInterceptor>(), sp.GetRequiredService<Caching.PublicDataChangeInterceptor>(), sp.GetRequiredService<Caching.PublicDataCommitInterceptor>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
        }
    }

    public static string ResolveConnectionString(DatabaseOptions options, IConfiguration config, string contentRoot)
    {
        var explicitConnection = options.ConnectionString ?? config.GetConnectionString("Samordna");
        if (!string.IsNullOrWhiteSpace(explicitConnection))
        {
            return explicitConnection;
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            throw new StartupRefusedException("PostgreSQL är valt men ingen anslutningssträng är angiven (Database__ConnectionString eller ConnectionStrings__Samordna).");
        }

        var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path}";
    }

    private static void AddIdentityAndAuthentication(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var oidc = builder.Configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Password sign-in does not use Identity's account-wide failure lockout (a stranger could keep the
                // owner out); Features/Account/PasswordSignIn counts failures per client address and account.
                // LockoutEnd marks accounts an administrator has locked or deactivated (ADR 0009).
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SamordnaClaimsPrincipalFactory>()
            .AddErrorDescriber<SwedishIdentityErrorDescriber>()
            .AddPasswordValidator<DeniedPasswordValidator>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = SmartScheme;
            o.DefaultChallengeScheme = SmartScheme;
            o.DefaultForbidScheme = SmartScheme;
        });
        auth.AddPolicyScheme(SmartScheme, "Samordna", o => o.ForwardDefaultSelector = ctx =>
            ctx.Request.Path.StartsWithSegments("/api") ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
        auth.AddIdentityCookies();
        auth.AddBearerToken(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = TimeSpan.FromHours(1);
            o.RefreshTokenExpiration = TimeSpan.FromDays(1);
        });

        if (oidc.Enabled)
        {
            auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.CallbackPath = oidc.CallbackPath;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.Scope.Clear();
                foreach (var scope in oidc.Scopes)
                {
                    o.Scope.Add(scope);
                }

                o.RequireHttpsMetadata = security.RequireHttpsCookies;
            });
        }

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "samordna.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = security.RequireHttpsCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/logga-in";
            o.LogoutPath = "/logga-ut";
            o.AccessDeniedPath = "/fel/403";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                OnRedirectToAccessDenied = ctx =>
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.Name = "samordna.ext";
            o.Cookie.SecurePolicy = security.RequireHttpsCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        if (security.TrustForwardedHeaders)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }
    }

    private static string DefaultCode(int status) => status switch
    {
        400 => CommonErrors.ValidationFailed.Code,
        401 => CommonErrors.Unauthenticated.Code,
        403 => CommonErrors.Forbidden.Code,
        404 => CommonErrors.NotFound.Code,
        405 => "METHOD_NOT_ALLOWED",
        409 => CommonErrors.ConcurrencyConflict.Code,
        429 => CommonErrors.TooManyRequests.Code,
        _ when status >= 500 => CommonErrors.Unexpected.Code,
        _ => "ERROR",
    };

    private static string DefaultDetail(int status) => status switch
    {
        401 => CommonErrors.Unauthenticated.Message,
        403 => CommonErrors.Forbidden.Message,
        404 => CommonErrors.NotFound.Message,
        405 => "Metoden stöds inte för den här adressen.",
        _ when status >= 500 => CommonErrors.Unexpected.Message,
        _ => "Anropet kunde inte genomföras.",
    };
}

/// <summary>Puts the display name into the principal so pages can greet the user without a database read.</summary>
public sealed class SamordnaClaimsPrincipalFactory(UserManager<AppUser> users, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SamordnaClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
