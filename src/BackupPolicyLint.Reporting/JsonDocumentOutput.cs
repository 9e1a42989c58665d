using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackupPolicyLint.Reporting;

/// <summary>How bpl writes a JSON document to a text stream: indented, UTF-8, names quoted with ' and " kept readable.</summary>
public static class JsonDocumentOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote names with ' and "; keep them readable rather than \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document <paramref name="body"/> makes, then a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }
}
