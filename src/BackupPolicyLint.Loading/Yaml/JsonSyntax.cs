using System.Text;
using System.Text.Json;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// JSON files are read by the YAML parser (for locations), but YAML accepts what JSON does not (trailing commas,
/// comments, single quotes); this strict pass reports those as JSON syntax errors first.
/// </summary>
internal static class JsonSyntax
{
    public static Finding? Check(string displayPath, string text, ReaderLimits limits)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = limits.MaxDepth + 1,
        });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var message = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            return DiagnosticIds.Create(DiagnosticIds.ParseError, $"JSON syntax error: {message}.", new SourceSpan(displayPath, line, column, line, column));
        }
    }
}
