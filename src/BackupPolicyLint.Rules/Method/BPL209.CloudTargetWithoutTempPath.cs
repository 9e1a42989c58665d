using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// For a cloud --to-path, neo4j-admin builds the artifact locally first; without --temp-path it stages it in the
/// working directory, often a small root or container disk. Neo4j strongly advises --temp-path on a large enough disk.
/// </summary>
internal sealed class CloudTargetWithoutTempPath : PlanRule
{
    private static readonly string[] CloudTypes = ["s3", "gcs", "azure-blob"];
    private static readonly string[] CloudSchemes = ["s3://", "gs://", "azb://"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.CloudTargetWithoutTempPath,
        Name = "cloud-target-without-temp-path",
        Title = "A backup writes straight to cloud object storage without a tempPath.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("N/N/-"),
        OffReason = "temp-path sizing matters only for real data volumes",
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) =>
        context.Plan.Jobs.Any(j => j.IsBackup && j.Destination is { } d && context.Plan.FindStorage(d.Name) is { } storage && IsCloud(storage))
            ? Applicability.Applicable
            : Applicability.NotApplicable("no backup job writes to cloud object storage");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var job in plan.Jobs.Where(j => j.IsBackup && string.IsNullOrWhiteSpace(j.TempPath)))
        {
            if (job.Destination is not { } destination || plan.FindStorage(destination.Name) is not { } storage || !IsCloud(storage))
            {
                continue;
            }

            var largest = plan.Databases.Where(d => d.SizeGiB is not null && job.Covers(d.Name, d.IsComposite)).MaxBy(d => d.SizeGiB);
            var size = largest is null ? "" : $" ('{largest.Name}' is {largest.SizeGiB:0.##} GiB)";
            var version = plan.Dbms?.Version;
            var target = CloudFeature(storage);
            var where = $"Job '{job.Name}' backs up straight to cloud storage '{storage.Name}' ({storage.Uri ?? storage.Type})";
            var message = (target is { } feature ? version.Has(feature) : null, version.Has(Neo4jFeature.BackupTempPath)) switch
            {
                (false, _) => $"{where}, but neo4j-admin on {plan.Dbms!.VersionText} cannot write there at all ({Neo4jFeatures.WithSince(target!.Value)}); "
                    + "back up to a local disk and upload the artifacts with the provider's tool, or upgrade",
                (_, false) => $"{where}, and {plan.Dbms!.VersionText} has no --temp-path ({Neo4jFeatures.Since(Neo4jFeature.BackupTempPath)}+), so neo4j-admin stages each "
                    + $"artifact in its working directory first; run it from a directory on a disk with free space for the largest database{size}, or upgrade and set tempPath",
                _ => $"{where} without tempPath, so neo4j-admin stages each artifact in its working directory first; "
                    + $"set tempPath to an empty directory on a disk with free space for the largest database{size}",
            };
            yield return context.Report(destination.Node, message, Subjects.Job(job));
        }
    }

    /// <summary>Which version first writes backups to this provider, by storage type or URI scheme; null when neither says.</summary>
    private static Neo4jFeature? CloudFeature(StorageSpec storage)
    {
        var kind = storage.Uri is { } uri && uri.IndexOf("://", StringComparison.Ordinal) is > 0 and var end ? uri[..end].ToLowerInvariant() : storage.Type.ToLowerInvariant();
        return kind switch
        {
            "s3" => Neo4jFeature.S3BackupTarget,
            "gs" or "gcs" => Neo4jFeature.GcsBackupTarget,
            "azb" or "azure-blob" => Neo4jFeature.AzureBackupTarget,
            _ => null,
        };
    }

    private static bool IsCloud(StorageSpec storage) =>
        CloudTypes.Contains(storage.Type, StringComparer.OrdinalIgnoreCase)
        || (storage.Uri is { } uri && CloudSchemes.Any(s => uri.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
}
