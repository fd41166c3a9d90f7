using System.Globalization;
using System.Text;

namespace Samordna.Web.Infrastructure.Documents;

/// <summary>
/// A one-page PDF with a large "DEMO" and a few lines of text, for demo documents (interventions, board meetings): small, valid
/// (a cross-reference table with the true offsets) and plainly not a real document. Text is Latin-1 (WinAnsi), so å, ä
/// and ö show.
/// </summary>
public static class DemoPdf
{
    public static byte[] Create(IEnumerable<string> lines)
    {
        var text = new StringBuilder("BT /F1 72 Tf 160 680 Td (DEMO) Tj ET\n");
        var y = 600;
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 72 {y} Td ({Escape(line)}) Tj ET\n");
            y -= 18;
        }

        var content = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}endstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A PDF literal string: backslash and parentheses escaped, anything outside Latin-1 as '?'.</summary>
    private static string Escape(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\\' or '(' or ')' => "\\" + c,
            > '\u00FF' => "?",
            _ when char.IsControl(c) => " ",
            _ => c.ToString(),
        }));
}
