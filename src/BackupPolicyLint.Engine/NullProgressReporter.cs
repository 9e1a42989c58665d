namespace BackupPolicyLint.Engine;

/// <summary>Shows nothing: stderr is redirected (a pipe, a file, a CI log), or the command runs in a test.</summary>
internal sealed class NullProgressReporter : IProgressReporter
{
    public static readonly NullProgressReporter Instance = new();

    private NullProgressReporter()
    {
    }

    public void Report(string status, bool force = false)
    {
    }

    public void Clear()
    {
    }
}
