using System.Net;
using System.Text;
using Samordna.IntegrationTests.Api;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// Which roles get past the access check of every write route, observed over HTTP (an empty request: refused
/// with 403 means the role may not write there; anything else means it got through to the rules of the use case).
/// The observed matrix must equal the reviewed one checked in as <c>write-role-matrix.txt</c>; after an intended
/// change run the tests with <c>SAMORDNA_UPDATE_SNAPSHOT=1</c> and review the diff.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WriteRoleMatrixTests(AppFixture app)
{
    [Fact]
    public async Task Every_write_route_lets_through_exactly_the_roles_in_the_reviewed_matrix()
    {
        var association = await app.Host.CreateAssociationAsync();
        var samples = await MatrixSamples.ForAsync(app.Host, association);
        var clients = new List<(Role Role, HttpClient Pages, HttpClient Api)>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var user = role.IsNational()
                ? await app.Host.CreateUserAsync(role)
                : await app.Host.CreateUserAsync(role, association.Id, role.ActsForMember() ? association.Members["0662"] : null);
            clients.Add((role, await app.Host.SignedInPageClientAsync(user), await app.Host.ApiClientAsync(user)));
        }

        var lines = new StringBuilder();
        lines.Append("# Roles that get past the access check of each write route (observed; see WriteRoleMatrixTests).\n");
        lines.Append("# Roles: ").Append(string.Join(", ", Enum.GetValues<Role>())).Append('\n');
        // Signing out ends every session of the user, so those routes are probed last.
        string[] signOut = ["/api/v1/auth/logout", "/logga-ut"];
        foreach (var route in WriteRoutes.Enumerate(app.Host).OrderBy(r => signOut.Contains(r.Route)))
        {
            // Authorization comes before any row is looked up, so national routes (runs, data sets, years) need a
            // well-formed value, not a real row: an id that names nothing, a year.
            var values = new Dictionary<string, string>(samples);
            foreach (var name in CrossAssociationMatrix.MissingSamples(route.Route, samples))
            {
                values[name] = route.Route.Contains("{" + name + ":guid}", StringComparison.Ordinal) ? Guid.Empty.ToString() : "2025";
            }

            var url = CrossAssociationMatrix.Fill(route.Route, association.Id, values);
            var allowed = new List<string>();
            foreach (var (role, pages, api) in clients)
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), url)
                {
                    Content = route.EmptyBody(),
                };
                using var response = await (route.IsApi ? api : pages).SendAsync(request);
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{route.Method} {url} as {role}: 500\n{await response.BodyAsync()}");
                if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
                {
                    allowed.Add(role.ToString());
                }
            }

            lines.Append(route.Method).Append(' ').Append(route.Route).Append(": ")
                .Append(allowed.Count == 0 ? "(ingen)" : string.Join(", ", allowed)).Append('\n');
        }

        var actual = lines.ToString();
        var path = Path.Combine(Path.GetDirectoryName(OpenApiSnapshot.PathOfSnapshot())!, "..", "Security", "write-role-matrix.txt");
        if (Environment.GetEnvironmentVariable(OpenApiSnapshot.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No matrix at {path}; run once with {OpenApiSnapshot.UpdateVariable}=1 and review it.");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var changed = expected.Split('\n').Except(actual.Split('\n')).Select(l => "- " + l)
            .Concat(actual.Split('\n').Except(expected.Split('\n')).Select(l => "+ " + l)).ToList();
        Assert.True(changed.Count == 0, "Who may write where has changed:\n" + string.Join("\n", changed));

        foreach (var (_, pages, api) in clients)
        {
            pages.Dispose();
            api.Dispose();
        }
    }
}
