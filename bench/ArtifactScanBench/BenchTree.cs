using System.Globalization;
using System.Text;

namespace BackupPolicyLint.Bench;

/// <summary>
/// A generated backup location, the same for the same file count: 10 plan folders × 10 databases, each database's
/// folder holding 15-minute online backups back from 2026-11-20T05:45Z, with one file in twenty something else
/// (logs, checksums) and one dump per database. Files are empty: the scanner never reads them anyway.
/// </summary>
internal static class BenchTree
{
    public const int Plans = 10;
    public const int DatabasesPerPlan = 10;
    public static readonly DateTime Newest = new(2026, 11, 20, 5, 45, 0, DateTimeKind.Utc);

    /// <summary>Creates the tree under <paramref name="root"/> unless a complete one with this file count is already there.</summary>
    public static void Ensure(string root, int files)
    {
        var marker = Path.Combine(root, $".bench-tree-{files}");
        if (File.Exists(marker))
        {
            return;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var folders = Plans * DatabasesPerPlan;
        var written = 0;
        for (var folder = 0; folder < folders; folder++)
        {
            var (plan, database) = (PlanName(folder / DatabasesPerPlan), DatabaseName(folder % DatabasesPerPlan));
            var directory = Path.Combine(root, plan, database);
            Directory.CreateDirectory(directory);
            var count = files / folders + (folder < files % folders ? 1 : 0);
            for (var i = 0; i < count; i++)
            {
                var name = (i % 20) switch
                {
                    19 => $"backup-{i:D6}.log",
                    18 when i < 20 => $"{database}.dump",
                    _ => $"{database}-{(Newest - TimeSpan.FromMinutes(15 * i)).ToString("yyyy-MM-dd'T'HH-mm-ss", CultureInfo.InvariantCulture)}.backup",
                };
                File.WriteAllBytes(Path.Combine(directory, name), []);
                written++;
            }
        }

        File.WriteAllText(marker, $"{written} files\n");
    }

    public static string PlanName(int index) => $"plan-{index:D2}";

    public static string DatabaseName(int index) => $"db{index:D2}";

    /// <summary>One plan per plan folder: its ten databases, a nightly full and 15-minute differentials, retention 14 days.</summary>
    public static string PlanFile()
    {
        var text = new StringBuilder();
        for (var plan = 0; plan < Plans; plan++)
        {
            var databases = string.Join(", ", Enumerable.Range(0, DatabasesPerPlan).Select(DatabaseName));
            text.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: bpl/v1
                kind: BackupPlan
                metadata: {"{"} name: {PlanName(plan)} {"}"}
                spec:
                  environment: production
                  databases: [ {string.Join(", ", Enumerable.Range(0, DatabasesPerPlan).Select(d => $"{{ name: {DatabaseName(d)} }}"))} ]
                  jobs:
                    - {"{"} name: nightly-full, command: backup, type: full, databases: [ {databases} ], schedule: "0 2 * * *" {"}"}
                    - {"{"} name: diff, command: backup, type: diff, databases: [ {databases} ], schedule: "*/15 * * * *" {"}"}
                  retention: {"{"} keepLast: 200, maxAge: 14d {"}"}
                ---

                """);
        }

        return text.ToString();
    }
}
