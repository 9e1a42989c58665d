using BackupPolicyLint.Engine;
using BackupPolicyLint.Engine.Spill;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>The temporary files of a large run: gone from the folder at once, read as often as needed, a clear failure when the folder cannot be used.</summary>
public sealed class SpillFileTests
{
    [Fact]
    public void SpillFile_ShouldLeaveNothingInItsFolder_AndReadBackWhatWasWritten_ByTwoReadersAtOnce()
    {
        using var folder = new TempDirectory();
        using var file = SpillFile.Create(folder.Path);
        using (var writer = file.OpenWriter())
        {
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write(i);
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            // Unlinked when created: a killed run leaves no file behind.
            Assert.Empty(Directory.GetFiles(folder.Path));
        }

        using var first = file.OpenReader();
        using var second = file.OpenReader();
        for (var i = 0; i < 100_000; i++)
        {
            Assert.Equal(i, first.ReadInt32());
            Assert.Equal(i, second.ReadInt32());
        }

        Assert.Equal(400_000, file.Length);
        Assert.Throws<EndOfStreamException>(() => first.ReadInt32());
    }

    [Fact]
    public void SpillFile_InAFolderThatCannotBeUsed_ShouldFailTheRunWithOneLine()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "no-such-folder");

        var failure = Assert.Throws<CheckFailureException>(() => SpillFile.Create(missing));

        var only = Assert.Single(failure.Failures);
        Assert.Equal(CheckFailureKind.TemporaryStorageUnavailable, only.Kind);
        Assert.Contains("TMPDIR", only.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", only.Message, StringComparison.Ordinal);
    }
}
