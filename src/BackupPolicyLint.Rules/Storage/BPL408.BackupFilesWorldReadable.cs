using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules.BuiltIn.Artifacts;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// An artifact is the whole database (and with metadata its users and roles): any local user who can read it can
/// load it elsewhere, and anyone who can write its folder can delete or replace it. Neo4j's dump guidance: the
/// target directory must not be world-readable or world-executable. The artifacts found with --backups are
/// judged by their modes (one finding per database); scripts, by the chmod and umask steps that loosen them.
/// </summary>
internal sealed class BackupFilesWorldReadable : PlanRule
{
    private const UnixFileMode OtherFile = UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
    private const UnixFileMode OtherDirectory = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupFilesWorldReadable,
        Name = "backup-files-world-readable",
        Title = "Backup artifacts, or the folders holding them, are readable or writable by other users.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Scripts | RuleInputs.Artifacts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Ac6, Sc28, IsoBackup, Soc2LogicalAccess],
        SecuritySeverity = 7.1,
    };

    /// <summary>Judged on the artifacts of a backup location, and on the scripts of the plan (or of infrastructure without one).</summary>
    public override Applicability Applies(PlanContext context) =>
        context.Artifacts is null && context.Plan.Infrastructure.Files.Count == 0
            ? Applicability.NotEvaluated("no backup location was given (--backups) and no script or manifest was analysed")
            : Applicability.Applicable;

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var step in context.Plan.Infrastructure.PermissionLoosenings)
        {
            yield return InfraReports.At(
                context,
                step,
                $"`{step.Text}` opens backup files or their folder to other users of the host: an artifact holds the whole database, and a writable folder lets anyone "
                + "delete or replace it; use umask 077 and chmod 700 (folders) / 600 (files), so only neo4j (and its group, with 750/640) gets in",
                "steps/permissions");
        }

        if (context.Artifacts is not { } location)
        {
            yield break;
        }

        foreach (var database in context.Plan.DatabaseNames())
        {
            var artifacts = location.ArtifactsOf(database);
            var parts = new List<string>();
            var looseFiles = artifacts.Where(a => a.Mode is { } mode && (mode & OtherFile) != 0).ToList();
            if (looseFiles.Count > 0)
            {
                var example = looseFiles[0];
                parts.Add($"{looseFiles.Count} of its {artifacts.Count} artifact files {Access(example.Mode!.Value, isDirectory: false)} by others (e.g. '{example.Path}', mode {ArtifactFindings.Octal(example.Mode!.Value)})");
            }

            foreach (var directory in artifacts.Select(location.DirectoryOf).OfType<ArtifactDirectory>().Distinct())
            {
                if (directory.Mode is { } mode && (mode & OtherDirectory) != 0)
                {
                    parts.Add($"{directory.DisplayName} {Access(mode, isDirectory: true)} by others (mode {ArtifactFindings.Octal(mode)})");
                }
            }

            if (parts.Count == 0)
            {
                continue;
            }

            yield return ArtifactFindings.OnDatabase(
                context,
                database,
                $"Backups of '{database}' are open to other users of the host: {string.Join("; ", parts)}. "
                + "An artifact holds the whole database, and a writable folder lets anyone delete or replace it; remove the others' bits (chmod -R o-rwx) and let only neo4j and its group in");
        }
    }

    private static string Access(UnixFileMode mode, bool isDirectory)
    {
        var words = new List<string>();
        if ((mode & UnixFileMode.OtherRead) != 0) words.Add(isDirectory ? "listable" : "readable");
        if ((mode & UnixFileMode.OtherWrite) != 0) words.Add("writable");
        if (isDirectory && (mode & UnixFileMode.OtherExecute) != 0) words.Add("traversable");
        var verb = isDirectory ? "is" : "are";
        return words.Count switch
        {
            1 => $"{verb} {words[0]}",
            2 => $"{verb} {words[0]} and {words[1]}",
            _ => $"{verb} {words[0]}, {words[1]} and {words[2]}",
        };
    }
}
