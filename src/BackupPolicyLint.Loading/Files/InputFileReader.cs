namespace BackupPolicyLint.Loading.Files;

/// <summary>A checked path that is not a regular file (a FIFO, a device, a socket); it is never opened.</summary>
internal sealed class NotRegularFileException(FileType type) : IOException($"file is {FileTypes.Describe(type)}, not a regular file; it is not read")
{
    public FileType Type => type;
}

/// <summary>An input file longer than its kind may be; <see cref="Length"/> is at least the limit + 1.</summary>
internal sealed class InputTooLargeException(long length, long maxBytes) : IOException($"the file is more than {maxBytes} bytes, the most bpl reads of it")
{
    public long Length => length;
}

/// <summary>
/// Reads the files under the checked paths, which anyone can put in a pull request: only regular files (told before
/// opening, <see cref="FileTypes"/>), and never more than asked, whatever size the file claims (a /proc file says 0;
/// a symbolic link's own size says nothing of its target's).
/// </summary>
internal static class InputFileReader
{
    /// <summary>The file, opened for reading once it is known to be a regular file (or its type cannot be told).</summary>
    public static FileStream Open(string path)
    {
        var type = FileTypes.Of(path);
        if (type is not (FileType.Regular or FileType.Unknown or FileType.Missing))
        {
            throw new NotRegularFileException(type);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    /// <summary>Up to <paramref name="count"/> bytes from the start of the file.</summary>
    public static byte[] ReadHead(string path, int count)
    {
        using var stream = Open(path);
        return ReadHead(stream, count);
    }

    /// <summary>Up to <paramref name="count"/> bytes from where <paramref name="stream"/> is.</summary>
    public static byte[] ReadHead(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return read == count ? buffer : buffer[..read];
    }

    /// <summary>The whole file, or null with its length (at least <paramref name="maxBytes"/> + 1) when it is longer than that.</summary>
    public static (byte[]? Bytes, long Length) ReadAll(string path, long maxBytes)
    {
        using var stream = Open(path);
        return ReadAll(stream, maxBytes);
    }

    /// <summary>The rest of <paramref name="stream"/>, or null with its length when it is longer than <paramref name="maxBytes"/>.</summary>
    public static (byte[]? Bytes, long Length) ReadAll(Stream stream, long maxBytes)
    {
        var length = stream.CanSeek ? stream.Length - stream.Position : 0;
        if (length > maxBytes)
        {
            return (null, length);
        }

        if (length > 0)
        {
            var bytes = new byte[length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            // A file that shrank while it was read is judged as it was.
            return (read == bytes.Length ? bytes : bytes[..read], read);
        }

        // No size to trust: read in chunks, and stop one byte past the limit.
        using var content = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int got;
        while ((got = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length))) > 0)
        {
            content.Write(chunk, 0, got);
            if (content.Length > maxBytes)
            {
                return (null, content.Length);
            }
        }

        return (content.ToArray(), content.Length);
    }

    /// <summary>
    /// A whole input file as UTF-8 text, with the guards plan files get: a regular file only, and never more than
    /// <paramref name="maxBytes"/> read (a FIFO would hang, /dev/zero would never end); <see cref="InputTooLargeException"/> past it.
    /// </summary>
    public static string ReadText(string path, long maxBytes)
    {
        var (bytes, length) = ReadAll(path, maxBytes);
        return bytes is null ? throw new InputTooLargeException(length, maxBytes) : System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>An exception's message for a finding: the checked file's own name instead of its absolute path.</summary>
    public static string Reason(Exception ex, string fullPath, string displayPath) =>
        ex.Message.Replace($" : '{fullPath}'", "", StringComparison.Ordinal).Replace(fullPath, displayPath, StringComparison.Ordinal);
}
