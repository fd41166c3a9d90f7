using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Samordna.IntegrationTests.Api;

/// <summary>
/// The API's OpenAPI document, checked in beside this file (<c>openapi-v1.json</c>), so that every change of a path,
/// parameter, request or response type shows in review. After an intended change, run the tests once with
/// <c>SAMORDNA_UPDATE_SNAPSHOT=1</c> and commit the rewritten file.
/// </summary>
public static class OpenApiSnapshot
{
    public const string UpdateVariable = "SAMORDNA_UPDATE_SNAPSHOT";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathOfSnapshot([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "openapi-v1.json");

    /// <summary>The document in a stable text form: indented, object keys sorted, without the server address (the test host's port).</summary>
    public static string Normalise(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return Sorted(document)!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The JSON paths where <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        var found = new List<string>();
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), "$", found);
        return found;
    }

    private static void Compare(JsonNode? a, JsonNode? b, string path, List<string> found)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!x.ContainsKey(key) || !y.ContainsKey(key))
                    {
                        found.Add($"{path}.{key} {(x.ContainsKey(key) ? "borttagen" : "tillagd")}");
                        continue;
                    }

                    Compare(x[key], y[key], $"{path}.{key}", found);
                }

                break;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    found.Add($"{path} har {y.Count} element i stället för {x.Count}");
                    return;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    Compare(x[i], y[i], $"{path}[{i}]", found);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(a, b))
                {
                    found.Add($"{path}: {a?.ToJsonString()} → {b?.ToJsonString()}");
                }

                break;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
