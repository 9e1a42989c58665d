using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.BuiltIn;

/// <summary>Subject paths by element names (stable across reordering, unlike list indexes).</summary>
internal static class Subjects
{
    public static string Job(JobSpec job) => $"jobs/{job.Name}";

    public static string Database(string name) => $"databases/{name}";

    public static string Storage(StorageSpec storage) => $"storage/{storage.Name}";

    public const string BackupListener = "dbms/backupListener";

    public const string Features = "dbms/features";

    public static string AdditionalFile(string kind) => $"additionalFiles/{kind}";

    public const string Recovery = "recovery";

    public const string RecoveryTesting = "recovery/testing";
}
