using Microsoft.Win32.SafeHandles;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// A temporary file written once, front to back, then read as often as the reports need. Reads are positional, so two
/// readers never share a position. On Unix the file is unlinked as soon as it is opened, so the kernel frees it when the
/// handle closes, even when the process is killed; elsewhere it is opened delete-on-close.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private const int BufferBytes = 1 << 16;
    private readonly FileStream _owner;
    private readonly SafeFileHandle _handle;
    private readonly string _folder;
    private bool _writing;

    private SpillFile(FileStream owner, string folder)
    {
        // The stream only owns the handle; reads and writes are positional, through the handle.
        _owner = owner;
        _handle = owner.SafeFileHandle;
        _folder = folder;
    }

    /// <summary>How many bytes were written.</summary>
    public long Length { get; private set; }

    /// <summary>A new empty file in <paramref name="folder"/>, by default the temporary folder ($TMPDIR).</summary>
    public static SpillFile Create(string? folder = null)
    {
        folder ??= Path.GetTempPath();
        try
        {
            var path = Path.Combine(folder, $"bpl-spill-{Guid.NewGuid():N}.bin");
            // Findings are masked after they are spilled, so the file is the user's alone from its creation (0600).
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 0 };
            if (OperatingSystem.IsWindows())
            {
                options.Options = FileOptions.DeleteOnClose;
            }
            else
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var stream = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return new SpillFile(stream, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(folder, ex);
        }
    }

    /// <summary>One line for the user: the run cannot go on without its temporary files, and what to do.</summary>
    private static CheckFailureException Unavailable(string folder, Exception ex) => new(
        CheckFailureKind.TemporaryStorageUnavailable,
        $"cannot use temporary files in '{folder}' ({ex.Message}); a large run keeps its findings there until the reports are written: free some space or set TMPDIR to a writable folder",
        folder);

    /// <summary>The one writer of the file; its data counts once it is disposed.</summary>
    public BinaryWriter OpenWriter()
    {
        if (_writing || Length > 0)
        {
            throw new InvalidOperationException("a spill file is written once");
        }

        _writing = true;
        return new BinaryWriter(new BufferedStream(new HandleStream(this, writable: true), BufferBytes));
    }

    /// <summary>A reader from the start of what was written.</summary>
    public BinaryReader OpenReader() => new(new BufferedStream(new HandleStream(this, writable: false), BufferBytes));

    public void Dispose() => _owner.Dispose();

    /// <summary>Reads or appends at its own position through the shared handle.</summary>
    private sealed class HandleStream(SpillFile file, bool writable) : Stream
    {
        private long _position;

        public override bool CanRead => !writable;
        public override bool CanSeek => false;
        public override bool CanWrite => writable;
        public override long Length => file.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var left = file.Length - _position;
            if (left <= 0)
            {
                return 0;
            }

            try
            {
                var read = RandomAccess.Read(file._handle, buffer[..(int)Math.Min(buffer.Length, left)], _position);
                _position += read;
                return read;
            }
            catch (IOException ex)
            {
                throw Unavailable(file._folder, ex);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                RandomAccess.Write(file._handle, buffer, _position);
                _position += buffer.Length;
            }
            catch (IOException ex)
            {
                // A full disk ends the run with one line, not a stack trace.
                throw Unavailable(file._folder, ex);
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (writable && disposing)
            {
                file.Length = _position;
                file._writing = false;
            }

            base.Dispose(disposing);
        }
    }
}
