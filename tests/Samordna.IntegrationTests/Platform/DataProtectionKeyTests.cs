using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The data-protection keys in the database are encrypted with the configured certificate (ADR 0009).</summary>
[Collection(AppCollection.Name)]
public sealed class DataProtectionKeyTests(AppFixture app)
{
    [Fact]
    public async Task Keys_are_encrypted_at_rest_with_the_certificate_and_another_instance_can_read_them()
    {
        using var database = TestDatabase.Create();
        var pfx = Path.Combine(Path.GetTempPath(), $"samordna-dp-{Guid.NewGuid():N}.pfx");
        const string password = "Certifikat-lösen-1";
        await File.WriteAllBytesAsync(pfx, SelfSignedPkcs12(password));
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = pfx,
                ["DataProtection:CertificatePassword"] = password,
            };
            await using var first = new SamordnaTestHost(database, settings);
            var user = await first.CreateUserAsync(Role.NationalAdministrator);
            using var signedIn = await first.SignedInPageClientAsync(user);

            var keys = await first.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });

            // A second instance holds no key of its own: it must decrypt the stored key with the certificate.
            await using var second = new SamordnaTestHost(database, settings);
            using var onSecond = second.NewClient();
            var request = new HttpRequestMessage(HttpMethod.Get, "/konto");
            request.Headers.Add("Cookie", string.Join("; ", first.CookiesOf(signedIn).Select(c => $"{c.Name}={c.Value}")));
            var page = await onSecond.SendAsync(request);
            Assert.True(page.StatusCode == HttpStatusCode.OK, await page.BodyAsync());
        }
        finally
        {
            File.Delete(pfx);
        }

        _ = app;
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_unless_unencrypted_keys_are_allowed()
    {
        using var database = TestDatabase.Create("Sqlite");
        var environment = ProductionStart.ProductionEnvironment(database);
        environment.Remove("DataProtection__AllowUnencryptedKeys");
        var outcome = await AppProcess.RunAsync(environment);
        ProductionStart.AssertRefused(outcome, "DataProtection__CertificatePath");
    }

    [Fact]
    public async Task Production_refuses_a_certificate_it_cannot_read()
    {
        using var database = TestDatabase.Create("Sqlite");
        var environment = ProductionStart.ProductionEnvironment(database, ("DataProtection__CertificatePath", "/finns/inte.pfx"), ("DataProtection__CertificatePassword", "x"));
        var outcome = await AppProcess.RunAsync(environment);
        ProductionStart.AssertRefused(outcome, "Certifikatet för dataskyddsnycklarna kunde inte läsas");
    }

    private static byte[] SelfSignedPkcs12(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Samordna dataskydd test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
