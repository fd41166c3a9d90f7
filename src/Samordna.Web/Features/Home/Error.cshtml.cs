using System.Diagnostics;

namespace Samordna.Web.Features.Home;

/// <summary>The one error page: the status code decides the words; no internals are ever shown.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string? TraceId { get; private set; }

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Only re-executed requests keep their original status; a direct visit answers with the status it describes.
        Code = code;
        (Heading, Message) = code switch
        {
            403 => ("Åtkomst nekad", "Du saknar behörighet att se den här sidan."),
            404 => ("Sidan finns inte", "Sidan du söker finns inte, eller så har den flyttats."),
            405 => ("Det gick inte", "Sidan kan inte användas på det sättet."),
            400 => ("Felaktig förfrågan", "Förfrågan kunde inte tolkas. Gå tillbaka och försök igen."),
            429 => ("För många försök", "Vänta en stund och försök igen."),
            _ when code >= 500 => ("Något gick fel", "Ett oväntat fel inträffade. Försök igen om en stund. Kontakta supporten om felet kvarstår och ange referensen nedan."),
            _ => ("Något gick fel", "Förfrågan kunde inte genomföras."),
        };
        if (code >= 500)
        {
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }

        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code : 404;
        }
    }
}
