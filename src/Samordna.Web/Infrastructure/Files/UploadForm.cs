using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Samordna.Web.Infrastructure.Files;

/// <summary>The fields and the file of an upload form, or why it could not be read (too large: status 413).</summary>
public sealed record UploadFormResult(IFormCollection? Form, FileProblem? Problem, bool MissingAntiforgeryToken = false)
{
    public IFormFile? File(string name) => Form?.Files.GetFile(name) is { Length: > 0 } file ? file : null;

    /// <summary>A plain field of the form, or null.</summary>
    public string? Value(string name) => Form is { } form && form.TryGetValue(name, out var v) ? v.ToString() : null;
}

/// <summary>
/// Reads the multipart form of an upload page with the configured size limit (<see cref="FileLimits.MaxBytes"/> plus
/// room for the other fields), so an oversized upload is answered on the page in Swedish instead of failing inside
/// the framework. A declared length over the limit is refused without keeping any of the body (it is read and thrown
/// away up to <see cref="FileLimits.MaxDiscardedBytes"/> so the browser sees the answer); a body without one is cut off
/// by the server and the form reader at the same limit. The page carries
/// <c>[IgnoreAntiforgeryToken]</c> and this helper validates the token once the form is read, so a too-large post
/// is answered without looking at the form and no other post gets past without a token. The page's post handler takes
/// no parameters and has no bound property ([BindProperty], or a public IFormFile, which MVC binds by its type): either
/// would make the framework read the whole form first.
/// </summary>
public static class UploadForm
{
    /// <summary>Room for the form's other fields and the multipart boundaries.</summary>
    public const long FieldsAllowance = 64 * 1024;

    private static readonly FileProblem Unreadable = new(FileProblemCodes.FormUnreadable, "Formuläret kunde inte läsas. Välj filen och skicka formuläret igen.");

    public static async Task<UploadFormResult> ReadAsync(HttpContext http, FileLimits limits, CancellationToken ct)
    {
        var request = http.Request;
        var bodyLimit = limits.MaxBytes + FieldsAllowance;
        var bodySize = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        if (request.ContentLength is { } declared && declared > bodyLimit)
        {
            // Read nothing into memory, but take the body off the wire so the browser reads our answer instead of a
            // closed connection. Past MaxDiscardedBytes the server closes the connection as it would anyway.
            if (declared <= limits.MaxDiscardedBytes && bodySize is not null)
            {
                bodySize.MaxRequestBodySize = declared;
                await DiscardAsync(request.Body, ct);
            }

            return TooLarge(limits);
        }

        if (bodySize is not null)
        {
            bodySize.MaxRequestBodySize = bodyLimit;
        }

        if (!request.HasFormContentType)
        {
            return new UploadFormResult(null, Unreadable);
        }

        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = bodyLimit }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }
        catch (InvalidDataException invalid) when (invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return new UploadFormResult(null, Unreadable);
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return new UploadFormResult(null, null, MissingAntiforgeryToken: true);
        }

        return new UploadFormResult(form, null);
    }

    private static UploadFormResult TooLarge(FileLimits limits) => new(null, limits.TooLarge().Problem);

    private static async Task DiscardAsync(Stream body, CancellationToken ct)
    {
        var chunk = new byte[81920];
        try
        {
            while (await body.ReadAsync(chunk, ct) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // The client gave up or sent less than it declared: there is nobody left to answer well.
        }
    }
}
