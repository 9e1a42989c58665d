using System.Text;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>
/// A writer that replaces a secret (the value of NEO4J_PASSWORD) with <c>***</c> before it reaches the stream, for the
/// cases no refusal can foresee (a password pasted as a path: "path 'SECRET' does not exist"). Text is held until the
/// end of each line, so a secret written in pieces is still found; <see cref="Flush"/> writes what is held.
/// </summary>
internal sealed class SecretMaskingWriter(TextWriter inner, string secret) : TextWriter
{
    /// <summary>Shorter values are not masked: replacing every "ab" would garble the output and hide nothing.</summary>
    public const int MinimumLength = 4;

    private const string Mask = "***";
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The writer itself when there is nothing to mask.</summary>
    public static TextWriter Wrap(TextWriter inner, string? secret) =>
        secret is { Length: >= MinimumLength } ? new SecretMaskingWriter(inner, secret) : inner;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value == '\n')
        {
            Emit(all: false);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        _line.Append(value);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            Emit(all: false);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override void Flush()
    {
        Emit();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Emit();
            inner.Flush();
        }

        base.Dispose(disposing);
    }

    /// <summary>Writes every complete line held (everything, on flush), masked; a started line waits for its end.</summary>
    private void Emit(bool all = true)
    {
        var held = _line.ToString();
        var end = all ? held.Length : held.LastIndexOf('\n') + 1;
        if (end == 0)
        {
            return;
        }

        inner.Write(held[..end].Replace(secret, Mask, StringComparison.Ordinal));
        _line.Remove(0, end);
    }
}
