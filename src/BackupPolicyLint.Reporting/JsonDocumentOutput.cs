using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// How bpl writes a JSON document to a text stream: indented, UTF-8, names quoted with ' and " kept readable; streamed,
/// so that a report of many findings is never held in memory as JSON (the writer hands its bytes on whenever
/// <see cref="FlushWhenFull"/> finds more than <see cref="FlushThreshold"/> pending).
/// </summary>
internal static class JsonDocumentOutput
{
    /// <summary>How many bytes the JSON writer may hold before they go to the output: a few findings' worth.</summary>
    public const int FlushThreshold = 16 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote names with ' and "; keep them readable rather than \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document <paramref name="body"/> makes, then a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using (var stream = new Utf8TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        output.WriteLine();
    }

    /// <summary>Hands what the writer holds on to the output once it passes <see cref="FlushThreshold"/>; call it after each item of a long array.</summary>
    public static void FlushWhenFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }
}
