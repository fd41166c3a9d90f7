using System.Text.RegularExpressions;

namespace Samordna.Web.Features.Registry.Rules;

/// <summary>The checks every association's basic facts pass, whether typed into a form, sent to the API or imported.</summary>
public static partial class AssociationFacts
{
    public static void Validate(ValidationErrors errors, string? name, string? code, string? organisationNumber, string? seatMunicipalityCode, DateOnly? formedOn)
    {
        errors.RequiredText("name", "Namn", name, 200);

        if (errors.Required("code", "Kod", code) && !IsValidCode(code!.Trim()))
        {
            errors.Add("code", CodeMessage);
        }

        if (!OrganisationNumber.TryParse(organisationNumber, out _, out var orgError))
        {
            errors.Add("organisationNumber", orgError!);
        }

        if (errors.Required("seatMunicipalityCode", "Säte (kommunkod)", seatMunicipalityCode) && !MunicipalityCode.TryParse(seatMunicipalityCode, out _))
        {
            errors.Add("seatMunicipalityCode", SeatMessage);
        }

        errors.Required("formedOn", "Bildat datum", formedOn);
    }

    public const int EmailMax = 254;
    public const int PhoneMax = 40;
    public const int PostalAddressMax = 300;
    public const int WebsiteMax = 300;

    /// <summary>The office's contact details for the public: all optional, each checked for its shape.</summary>
    public static void ValidateContact(ValidationErrors errors, AssociationContact contact)
    {
        errors.EmailAddress("publicEmail", "E-postadress", contact.Email, EmailMax);
        errors.PhoneNumber("phone", "Telefon", contact.Phone, PhoneMax);
        errors.FreeText("postalAddress", "Postadress", contact.PostalAddress, PostalAddressMax);
        errors.WebAddress("website", "Webbplats", contact.Website, WebsiteMax);
    }

    public const string CodeMessage = "Kod får bara innehålla små bokstäver a–z, siffror och bindestreck (2–40 tecken).";

    public const string SeatMessage = "Säte ska anges som en kommunkod med fyra siffror, till exempel 0683.";

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}

/// <summary>How the public reaches the association's office: e-mail, phone, postal address and website, each optional.</summary>
public sealed record AssociationContact(string? Email, string? Phone, string? PostalAddress, string? Website)
{
    public static readonly AssociationContact None = new(null, null, null, null);

    public bool IsEmpty => Email is null && Phone is null && PostalAddress is null && Website is null;

    /// <summary>Trimmed, blank as null: what is stored.</summary>
    public AssociationContact Cleaned() => new(Clean(Email), Clean(Phone), Clean(PostalAddress), Clean(Website));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
