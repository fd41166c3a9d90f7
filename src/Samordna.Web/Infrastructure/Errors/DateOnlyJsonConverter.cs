using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samordna.Web.Infrastructure.Errors;

/// <summary>
/// Reads and writes API dates as "YYYY-MM-DD" through <see cref="DateText"/>, so an implausible date (0001-01-01,
/// 9999-12-31) is refused at the door with a Swedish message naming the field, like a mistyped one.
/// </summary>
public sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var problem = DateText.TryParse(text, out var date);
        return problem == DateText.Problem.None ? date : throw new SwedishJsonException(DateText.Message(problem, "Datumet"));
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateText.Text(value));
}

/// <summary>A JSON value the API refuses with a Swedish explanation of its own (shown instead of the generic one).</summary>
public sealed class SwedishJsonException(string message) : JsonException(message);
