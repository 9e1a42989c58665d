using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads YAML infrastructure by handing each document to the reader of its format: Kubernetes workloads and ConfigMaps
/// (<see cref="KubernetesManifestReader"/>), Neo4j operator backups and DBMS resources (<see cref="OperatorBackupReader"/>,
/// <see cref="OperatorClusterReader"/>), docker-compose
/// (<see cref="ComposeReader"/>), CI pipelines (<see cref="CiPipelineReader"/>), the backup chart's values
/// (<see cref="HelmBackupValues"/>) and the server chart's <c>config:</c> and edition (<see cref="HelmChartValues"/>).
/// Kubernetes kinds of Neo4j operators that no reader reads are recorded, so the user can be told they were not judged.
/// </summary>
internal static class ManifestReader
{
    public static void Read(LoadedFile file, string text, bool gitlab, InfraFileFacts manifest, InfraFileFacts script, string? fullPath = null, List<string>? unread = null)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var document in file.Documents)
        {
            var root = document.Root;
            if (!root.IsMapping)
            {
                continue;
            }

            var kind = document.Kind;
            if (kind is not null && KubernetesManifestReader.WorkloadKinds.Contains(kind) && document.ApiVersion is not null)
            {
                KubernetesManifestReader.Workload(root, kind, lines, manifest);
            }
            else if (kind == "ConfigMap" && document.ApiVersion is not null)
            {
                KubernetesManifestReader.ConfigMap(root, lines, manifest);
            }
            else if (kind == "Neo4jBackup")
            {
                OperatorBackupReader.Read(root, manifest);
            }
            else if (kind is not null && OperatorClusterReader.Reads(kind))
            {
                OperatorClusterReader.Read(root, kind, manifest);
            }
            else if (kind is not null && kind.StartsWith("Neo4j", StringComparison.Ordinal))
            {
                unread?.Add($"kind {kind} (a Neo4j operator resource bpl does not read)");
            }
            else if (root.Get("services") is { IsMapping: true } services)
            {
                ComposeReader.Read(services, lines, fullPath, manifest);
            }
            else if (root.Get("jobs") is { IsMapping: true } jobs && root.Entry("on") is not null)
            {
                CiPipelineReader.GitHubActions(root, jobs, lines, script);
            }
            else if (gitlab)
            {
                CiPipelineReader.GitLab(root, lines, script);
            }
            else if (root.Get("backup") is { IsMapping: true } backup && HelmBackupValues.IsBackupChart(backup))
            {
                HelmBackupValues.Read(root, backup, manifest);
            }

            HelmChartValues.Read(root, manifest);
            UmbrellaChart(root, manifest);
        }
    }

    /// <summary>
    /// A parent chart's values.yaml that configures Neo4j's charts as dependencies: the server chart's values under
    /// <c>neo4j:</c> (told by its own <c>config:</c> or <c>neo4j:</c> map) and the backup chart's under <c>neo4j-admin:</c>.
    /// </summary>
    private static void UmbrellaChart(DocNode root, InfraFileFacts manifest)
    {
        if (root.Get("neo4j") is { IsMapping: true } server && (server.Get("config") is { IsMapping: true } || server.Get("neo4j") is { IsMapping: true }))
        {
            HelmChartValues.Read(server, manifest);
        }

        if (root.Get("neo4j-admin") is { IsMapping: true } admin && admin.Get("backup") is { IsMapping: true } backup && HelmBackupValues.IsBackupChart(backup))
        {
            HelmBackupValues.Read(admin, backup, manifest);
        }
    }
}
