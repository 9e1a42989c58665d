using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Values of Neo4j's backup Helm chart (neo4j/neo4j-admin, neo4j-facts §10), told by their keys: the chart runs
/// <c>neo4j-admin database backup</c> on <c>neo4j.jobSchedule</c> (default every minute) for <c>backup.database</c>
/// (a comma list; empty means "*"), from the admin service address, to <c>backup.bucketName</c> of
/// <c>backup.cloudProvider</c> (off-site) or else to the pod's /backups volume; <c>consistencyCheck.enable(d)</c> adds a
/// check step; <c>backup.aggregate.enabled</c> turns the job into an aggregation only.
/// </summary>
internal static class HelmBackupValues
{
    private static readonly string[] Keys =
        ["bucketName", "databaseAdminServiceName", "databaseAdminServiceIP", "databaseBackupEndpoints", "cloudProvider", "databaseNamespace", "databaseBackupPort", "databaseClusterDomain"];

    public static bool IsBackupChart(DocNode backup) => backup.Entries.Count(e => Keys.Contains(e.Key.Value, StringComparer.Ordinal)) >= 2;

    public static void Read(DocNode root, DocNode backup, InfraFileFacts facts)
    {
        var at = root.Entry("backup")!.Key.Span;
        if (root.Get("consistencyCheck") is { } check && (check.Get("enable") ?? check.Get("enabled")) is { Text: "true" } enable)
        {
            facts.ConsistencyChecks.Add(new ScriptStep("consistencyCheck.enable: true", enable.Span, SourceKind.Manifest));
        }

        if (backup.Get("aggregate")?.Get("enabled") is { Text: "true" })
        {
            return;
        }

        var databaseNode = backup.Get("database");
        var databases = (databaseNode?.Text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (databases.Count == 0)
        {
            databases = ["*"];
        }

        var provider = backup.Get("cloudProvider")?.Text?.Trim().ToLowerInvariant() ?? "";
        var bucket = backup.Get("bucketName")?.Text?.Trim() ?? "";
        var scheme = provider switch { "aws" => "s3", "gcp" => "gs", "azure" => "azb", _ => null };
        var destination = scheme is not null && bucket.Length > 0
            ? ($"{scheme}://{bucket}", backup.Entry("bucketName")!.Key.Span)
            : ("/backups", backup.Entry("cloudProvider")?.Key.Span ?? at);

        var port = backup.Get("databaseBackupPort")?.Text is { Length: > 0 } p ? p : "6362";
        var from = new List<(string, SourceSpan)>();
        if (backup.Get("databaseBackupEndpoints") is { Text: { Length: > 0 } endpoints } endpointsNode)
        {
            from.AddRange(endpoints.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => (e, endpointsNode.Span)));
        }
        else if (backup.Get("databaseAdminServiceName") is { Text: { Length: > 0 } service } serviceNode)
        {
            var ns = backup.Get("databaseNamespace")?.Text is { Length: > 0 } n ? n : "default";
            var domain = backup.Get("databaseClusterDomain")?.Text is { Length: > 0 } d ? d : "cluster.local";
            from.Add(($"{service}.{ns}.svc.{domain}:{port}", serviceNode.Span));
        }
        else if (backup.Get("databaseAdminServiceIP") is { Text: { Length: > 0 } ip } ipNode)
        {
            from.Add(($"{ip}:{port}", ipNode.Span));
        }

        var uid = root.Get("securityContext")?.Get("runAsUser");
        var schedule = root.Get("neo4j")?.Get("jobSchedule");
        facts.Jobs.Add(new ExtractedJob
        {
            File = facts.File,
            Source = SourceKind.Manifest,
            Command = "backup",
            Span = at,
            Text = "neo4j-admin database backup (Helm chart neo4j-admin)",
            Databases = databases.Select(db => (db, databaseNode?.Span ?? at)).ToList(),
            Destination = destination,
            From = from,
            Type = backup.Get("type") is { Text: { } type } typeNode ? (type, typeNode.Span) : null,
            IncludeMetadata = backup.Get("includeMetadata") is { Text: { } metadata } metadataNode ? (metadata, metadataNode.Span) : null,
            TempPath = root.Get("tempVolume") is { } temp ? ("tempVolume", temp.Span) : null,
            // The chart's default securityContext runs as uid 7474, neo4j in Neo4j's images.
            RunAs = (ShellCommandExtractor.UserOf(uid?.Text ?? "7474"), uid?.Span ?? at),
            Schedule = (schedule?.Text is { Length: > 0 } cron ? cron : "* * * * *", schedule?.Span ?? at),
        });
    }
}
