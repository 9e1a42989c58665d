using System.Collections.Concurrent;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Redaction;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The lines around a finding, read on demand from the checked files with the same size and encoding checks as the
/// loader; a file that cannot be read gives no excerpt. Secret values are masked (<see cref="SecretRedactor"/>), and
/// lines are cut at <see cref="MaxLineLength"/> characters.
/// </summary>
internal sealed class FileSourceExcerpts(string workingDirectory, int contextLines = 2) : ISourceExcerpts
{
    public const int MaxLineLength = 240;
    private const int MaxSpanLines = 12;

    private readonly ConcurrentDictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public SourceExcerpt? Around(SourceSpan span)
    {
        if (_files.GetOrAdd(span.File, Read) is not { } lines || span.Line < 1 || span.Line > lines.Length)
        {
            return null;
        }

        var first = Math.Max(1, span.Line - contextLines);
        var last = Math.Min(lines.Length, Math.Min(Math.Max(span.EndLine, span.Line), span.Line + MaxSpanLines) + contextLines);
        var excerpt = lines[(first - 1)..last].Select(l => l.Length > MaxLineLength ? $"{l[..MaxLineLength]}…" : l).ToList();
        return new SourceExcerpt(first, excerpt);
    }

    private string[]? Read(string file)
    {
        try
        {
            var full = Path.GetFullPath(file, workingDirectory);
            if (InputFileReader.ReadAll(full, ReaderLimits.Default.MaxFileBytes).Bytes is not { } bytes)
            {
                return null;
            }

            var (text, problem) = SourceFiles.Decode(file, bytes, ReaderLimits.Default);
            // The whole file at once: a private key's body lines are masked by the BEGIN line above them.
            return problem is null && text is not null ? SecretRedactor.Redact(text.ReplaceLineEndings("\n")).Split('\n') : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
