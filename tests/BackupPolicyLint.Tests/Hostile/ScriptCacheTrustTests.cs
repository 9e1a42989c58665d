using System.Diagnostics;
using BackupPolicyLint.Scripting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>
/// The compile cache is trusted only as ssh trusts its keys: nobody but the user running bpl may be able to write it,
/// and an assembly is loaded only when its seal says it was compiled from this script into these bytes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ScriptCacheTrustTests : IDisposable
{
    private const string First = "// @id ORG1\n// @name first\n// @severity warning\nReport(Plan.Node, \"first\");\n";
    private const string Second = "// @id ORG2\n// @name second\n// @severity warning\nReport(Plan.Node, \"second\");\n";
    private readonly TempDirectory _temp = new();
    private readonly List<string> _notices = [];

    public void Dispose() => _temp.Dispose();

    private string Cache => Path.Combine(_temp.Path, "cache");

    private CompiledScript Load(string text) => ScriptCompiler.Load(text, "rules/x.csx", Cache, "test", allowUnsafeApis: false, notice: _notices.Add);

    [Fact]
    public void NewCache_ShouldBeOnlyTheUsers_AndBeUsedTheSecondTime()
    {
        Assert.True(Load(First).CompiledNow);
        Assert.False(Load(First).CompiledNow);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Cache));
        Assert.All(Directory.GetFiles(Cache), f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        Assert.Empty(_notices);
    }

    [Theory]
    [InlineData(UnixFileMode.GroupWrite)]
    [InlineData(UnixFileMode.OtherWrite)]
    public void CacheFolderOthersCanWrite_ShouldNotBeUsed_AndSaySo(UnixFileMode extra)
    {
        Assert.True(Load(First).CompiledNow);
        File.SetUnixFileMode(Cache, File.GetUnixFileMode(Cache) | extra);
        var before = Directory.GetFiles(Cache).Order().Select(File.ReadAllBytes).ToList();

        Assert.True(Load(First).CompiledNow);
        Assert.True(Load(Second).CompiledNow);

        Assert.Equal(2, _notices.Count);
        Assert.All(_notices, n => Assert.Equal($"not using the script cache: the cache folder {Cache} is writable by other users; compiling scripts in memory", n));
        Assert.Equal(before, Directory.GetFiles(Cache).Order().Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void ParentFolderOthersCanWrite_ShouldNotBeUsed()
    {
        File.SetUnixFileMode(_temp.Path, File.GetUnixFileMode(_temp.Path) | UnixFileMode.OtherWrite);

        Assert.True(Load(First).CompiledNow);
        Assert.True(Load(First).CompiledNow);

        Assert.Contains($"its parent folder {_temp.Path} is writable by other users", _notices[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public void CachedAssemblyOthersCanWrite_ShouldBeRecompiled()
    {
        Load(First);
        var assembly = Directory.GetFiles(Cache, "*.dll").Single();
        File.SetUnixFileMode(assembly, File.GetUnixFileMode(assembly) | UnixFileMode.GroupWrite);

        Assert.True(Load(First).CompiledNow);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(assembly));
        Assert.False(Load(First).CompiledNow);
    }

    [Fact]
    public void CacheFolderOfAnotherUser_ShouldNotBeUsed()
    {
        Load(First);
        if (!OperatingSystem.IsLinux() || !Chown(Cache, "65534"))
        {
            // Only root can give a folder away; as another user there is nothing to test.
            return;
        }

        Assert.True(Load(First).CompiledNow);
        Assert.Contains($"the cache folder {Cache} is owned by another user (uid 65534)", _notices.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void SwappedAssembly_ShouldBeRecompiledNotLoaded()
    {
        // The second script's assembly put where the first one's belongs (an attacker's, or a mixed-up copy).
        Load(First);
        var first = Directory.GetFiles(Cache, "*.dll").Single();
        var firstBytes = File.ReadAllBytes(first);
        Load(Second);
        var second = Directory.GetFiles(Cache, "*.dll").Single(f => f != first);
        File.Copy(second, first, overwrite: true);

        Assert.True(Load(First).CompiledNow);
        Assert.NotEqual(File.ReadAllBytes(second), File.ReadAllBytes(first));
        Assert.Equal(firstBytes.Length, File.ReadAllBytes(first).Length);
        Assert.False(Load(First).CompiledNow);
    }

    [Fact]
    public void EditedAssembly_ShouldBeRecompiledNotLoaded()
    {
        Load(First);
        var assembly = Directory.GetFiles(Cache, "*.dll").Single();
        var bytes = File.ReadAllBytes(assembly);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(assembly, bytes);

        Assert.True(Load(First).CompiledNow);
        Assert.False(Load(First).CompiledNow);
    }

    [Fact]
    public void AssemblyWithoutItsSeal_ShouldBeRecompiled()
    {
        Load(First);
        File.Delete(Directory.GetFiles(Cache, "*.sha256").Single());

        Assert.True(Load(First).CompiledNow);
        Assert.Single(Directory.GetFiles(Cache, "*.sha256"));
    }

    private static bool Chown(string path, string owner)
    {
        try
        {
            using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", owner, path]) { RedirectStandardError = true })!;
            chown.WaitForExit();
            return chown.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
