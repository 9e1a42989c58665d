using System.Runtime.InteropServices;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Whether the script cache may be used, judged as ssh judges its keys: an assembly loaded from the cache runs with
/// bpl's rights and was never checked by the guard in this run, so nobody but the user running bpl may be able to
/// write it. Refused: a cache folder or assembly that is group- or other-writable, or owned by another user, and an
/// ancestor folder that others can write without the sticky bit (they could rename the cache away and put theirs).
/// The owner is read with statx(2) on Linux; where that is not possible (other systems) only the modes are checked,
/// and on Windows nothing is (docs/security.md).
/// </summary>
internal static class CacheTrust
{
    private const UnixFileMode OthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Why <paramref name="folder"/> may not hold the cache, or null when it may (or does not exist yet).</summary>
    public static string? FolderRefusal(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full) && EntryRefusal(full, "folder") is { } own)
        {
            return own;
        }

        for (var ancestor = Path.GetDirectoryName(full); ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (!Directory.Exists(ancestor))
            {
                continue;
            }

            var mode = File.GetUnixFileMode(ancestor);
            if ((mode & OthersWrite) != 0 && (mode & UnixFileMode.StickyBit) == 0)
            {
                return $"its parent folder {ancestor} is writable by other users";
            }
        }

        return null;
    }

    /// <summary>Why the cached assembly <paramref name="file"/> may not be loaded, or null.</summary>
    public static string? FileRefusal(string file) => OperatingSystem.IsWindows() ? null : EntryRefusal(file, "file");

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? EntryRefusal(string path, string what)
    {
        if ((File.GetUnixFileMode(path) & OthersWrite) != 0)
        {
            return $"the cache {what} {path} is writable by other users";
        }

        return Owner(path) is { } owner && owner != CurrentUser() ? $"the cache {what} {path} is owned by another user (uid {owner})" : null;
    }

    /// <summary>The owner's uid, or null where it cannot be read (not Linux, an old C library).</summary>
    private static uint? Owner(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct statx has the same layout on every Linux architecture: stx_uid is the u32 at offset 20.
        var buffer = new byte[256];
        try
        {
            return Native.statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxUid, buffer) == 0 ? BitConverter.ToUInt32(buffer, 20) : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static uint? CurrentUser()
    {
        try
        {
            return Native.geteuid();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxUid = 0x8;

    private static class Native
    {
#pragma warning disable SYSLIB1054 // DllImport, not LibraryImport: the generator needs unsafe code in this assembly.
        [DllImport("libc", SetLastError = false)]
        public static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = false)]
        public static extern uint geteuid();
#pragma warning restore SYSLIB1054
    }
}
