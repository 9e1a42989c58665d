using System.Text;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>Reads a file's bytes into text with the checks every input gets: size, encoding, binary content.</summary>
internal static class SourceFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or a BPL001 finding saying why the file cannot be read as text.</summary>
    public static (string? Text, Finding? Problem) Decode(string displayPath, byte[] bytes, ReaderLimits limits)
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return (null, TooLarge(displayPath, bytes.LongLength, limits));
        }

        // UTF-16/32 files announce themselves with a byte-order mark; anything else must be UTF-8.
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (unicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, offset);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            return (null, Problem(displayPath, line, column, "file contains NUL bytes: it is binary, not YAML or JSON text"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = Position(bytes, offset + Math.Max(0, ex.Index));
            return (null, Problem(displayPath, line, column, "file is not valid UTF-8 (save it as UTF-8, or UTF-16 with a byte-order mark)"));
        }
    }

    public static Finding TooLarge(string displayPath, long length, ReaderLimits limits) =>
        Problem(displayPath, 1, 1, $"file is {length / (1024.0 * 1024):0.#} MiB, over the {limits.MaxFileBytes / (1024 * 1024)} MiB limit; it is not read");

    private static Finding Problem(string file, int line, int column, string message) =>
        DiagnosticIds.Create(DiagnosticIds.ParseError, message, new SourceSpan(file, line, column, line, column));

    /// <summary>1-based line and column (in bytes) of a byte offset.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
