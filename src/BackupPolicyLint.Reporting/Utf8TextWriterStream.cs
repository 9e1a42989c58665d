using System.Buffers;
using System.Text;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// A write-only stream that hands the UTF-8 bytes written to it on to a <see cref="TextWriter"/> as they come, so a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> can write to the report's output (a file, standard output, a string in a
/// test) without the document first being collected in memory. The text writer is neither flushed nor disposed here:
/// its owner does that.
/// </summary>
internal sealed class Utf8TextWriterStream(TextWriter output) : Stream
{
    // Replaces malformed bytes with U+FFFD, as Encoding.UTF8.GetString did when the document was decoded whole.
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private char[] _chars = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(buffer.Length);
        if (_chars.Length < needed)
        {
            ReturnChars();
            _chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = _decoder.GetChars(buffer, _chars, flush: false);
        output.Write(_chars.AsSpan(0, count));
    }

    /// <summary>Nothing is held here; the text writer flushes when its owner says so.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A sequence cut off at the end becomes U+FFFD, as whole-document decoding made it.
            Span<char> rest = stackalloc char[2];
            var count = _decoder.GetChars([], rest, flush: true);
            output.Write(rest[..count]);
            ReturnChars();
        }

        base.Dispose(disposing);
    }

    private void ReturnChars()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }
}
