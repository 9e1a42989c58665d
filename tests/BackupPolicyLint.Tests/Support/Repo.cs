namespace BackupPolicyLint.Tests.Support;

/// <summary>Paths into the source tree, so fixtures and examples are read where they are edited.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Fixtures => Path("tests", "BackupPolicyLint.Tests", "Fixtures");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "BackupPolicyLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BackupPolicyLint.sln not found above the test binaries");
    }
}
