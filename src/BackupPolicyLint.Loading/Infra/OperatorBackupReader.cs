using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// <c>kind: Neo4jBackup</c> resources of Neo4j Kubernetes operators, in the two shapes seen: <c>spec.target</c>
/// (<c>kind: Database|Cluster</c>, <c>name</c>) with <c>spec.storage</c> (<c>type: s3|gcs|azure|pvc</c>, <c>bucket</c>,
/// <c>path</c>) and <c>spec.options</c>; or <c>spec.neo4jRef</c> with <c>spec.databases</c>, <c>spec.type</c> and
/// <c>spec.destination</c>. A Cluster target (or a reference with no database list) backs up every database, "*".
/// The operator runs neo4j-admin in its own pods, so who runs it and from where is not read.
/// </summary>
internal static class OperatorBackupReader
{
    public static void Read(DocNode root, InfraFileFacts facts)
    {
        if (root.Get("spec") is not { IsMapping: true } spec)
        {
            return;
        }

        var at = root.Get("kind")!.Span;
        var options = spec.Get("options");
        var storage = spec.Get("storage") ?? spec.Get("destination");
        var type = options?.Get("backupType") ?? spec.Get("type");
        var schedule = spec.Get("schedule");
        if (options?.Get("verify") is { Text: "true" } verify)
        {
            facts.ConsistencyChecks.Add(new ScriptStep("options.verify: true", verify.Span, SourceKind.Manifest));
        }

        facts.Jobs.Add(new ExtractedJob
        {
            File = facts.File,
            Source = SourceKind.Manifest,
            Command = "backup",
            Span = at,
            Text = $"Neo4jBackup {root.Get("metadata")?.Get("name")?.Text ?? ""}".TrimEnd(),
            Databases = Databases(spec, at),
            Destination = Destination(storage),
            Type = type is { Text: { } t } ? (t, type.Span) : null,
            TempPath = options?.Get("tempPath") is { Text: { } temp } tempNode ? (temp, tempNode.Span) : null,
            Compress = options?.Get("compress") is { Text: "true" or "false" } compress ? (compress.Text == "true", compress.Span) : null,
            RemoteAddressResolution = options?.Get("remoteAddressResolution") is { Text: "true" or "false" } resolution ? (resolution.Text == "true", resolution.Span) : null,
            Schedule = schedule is { Text: { Length: > 0 } cron } ? (cron, schedule.Span) : null,
        });
    }

    private static List<(string Name, SourceSpan Span)> Databases(DocNode spec, SourceSpan at)
    {
        var listed = ManifestNodes.Items(spec.Get("databases")).Where(d => d.Text is not null).Select(d => (d.Text!, d.Span)).ToList();
        if (listed.Count > 0)
        {
            return listed;
        }

        var target = spec.Get("target");
        if (target?.Get("kind")?.Text == "Database" && target.Get("name") is { Text: { } name } nameNode)
        {
            return [(name, nameNode.Span)];
        }

        return [("*", target?.Get("kind")?.Span ?? spec.Entry("neo4jRef")?.Key.Span ?? at)];
    }

    /// <summary>A bucket of s3/gcs/azure storage (off-site), or a claim (a local disk); null when the shape is not known.</summary>
    private static (string Path, SourceSpan Span)? Destination(DocNode? storage)
    {
        var type = storage?.Get("type");
        var kind = type?.Text?.Trim().ToLowerInvariant();
        var scheme = kind switch { "s3" => "s3", "gcs" or "gs" => "gs", "azure" or "azb" => "azb", _ => null };
        if (scheme is not null && storage!.Get("bucket") is { Text: { Length: > 0 } bucket } bucketNode)
        {
            var path = storage.Get("path")?.Text?.Trim('/') is { Length: > 0 } p ? "/" + p : "";
            return ($"{scheme}://{bucket}{path}", bucketNode.Span);
        }

        if (kind == "pvc" && storage!.Get("pvc") is { } pvc && (pvc.Get("claimName") ?? pvc.Get("name"))?.Text is { } claim)
        {
            return ($"pvc:{claim}", type!.Span);
        }

        return null;
    }
}
