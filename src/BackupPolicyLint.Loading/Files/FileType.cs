using System.Runtime.InteropServices;
using System.Text;

namespace BackupPolicyLint.Loading.Files;

/// <summary>What a path names (symbolic links followed).</summary>
internal enum FileType
{
    /// <summary>Not told: not Linux, or statx refused (a seccomp filter); callers fall back to opening the file.</summary>
    Unknown,
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a file's type without opening it: opening a FIFO blocks until a writer comes, and a device never ends, so a
/// checked path must be known to be a regular file first. .NET reports neither (a FIFO's attributes are "Normal"), so
/// this asks Linux's statx, whose result layout is the same on every architecture.
/// </summary>
internal static class FileTypes
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return FileType.Unknown;
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = statx(AtCurrentDirectory, Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileType.Unknown;
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() is 2 or 20 ? FileType.Missing : FileType.Unknown; // ENOENT, ENOTDIR
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Unknown,
        };
    }

    /// <summary>"a named pipe (FIFO)", for messages.</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "a named pipe (FIFO)",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Socket => "a socket",
        FileType.Directory => "a directory",
        _ => "not a regular file",
    };

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
