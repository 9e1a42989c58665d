using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Kubernetes objects: workloads (Job, CronJob, Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet: containers'
/// command/args, image, env, securityContext.runAsUser, the data volume's mounts, the CronJob's schedule) and
/// ConfigMaps that hold Neo4j settings (<c>NEO4J_*</c> keys, read wherever they are pulled in with <c>envFrom</c>, or a
/// <c>neo4j.conf</c> key, which is read as a conf file).
/// </summary>
internal static class KubernetesManifestReader
{
    public static readonly HashSet<string> WorkloadKinds = new(StringComparer.Ordinal) { "Job", "CronJob", "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" };

    public static void Workload(DocNode root, string kind, List<string> lines, InfraFileFacts facts)
    {
        var spec = root.Get("spec");
        (string, SourceSpan)? schedule = null;
        if (kind == "CronJob")
        {
            if (spec?.Get("schedule") is { Text: { } cron } node)
            {
                schedule = (cron, node.Span);
            }

            spec = spec?.Get("jobTemplate")?.Get("spec");
        }

        var pod = kind == "Pod" ? spec : spec?.Get("template")?.Get("spec");
        if (pod is null)
        {
            return;
        }

        var podUser = RunAsUser(pod.Get("securityContext"));
        var dataVolumes = DataVolumes(pod.Get("volumes"));
        foreach (var container in ManifestNodes.Items(pod.Get("initContainers")).Concat(ManifestNodes.Items(pod.Get("containers"))))
        {
            var image = container.Get("image");
            if (image is { Text: { } reference })
            {
                ImageTags.Read(reference, image.Span, facts);
            }

            var mounts = ManifestNodes.Items(container.Get("volumeMounts"))
                .Where(m => m.Get("name")?.Text is { } name && dataVolumes.Contains(name) && m.Get("mountPath")?.Text is not null)
                .Select(m => m.Get("mountPath")!.Text!)
                .ToList();
            var context = new ExtractionContext
            {
                File = facts.File,
                Source = SourceKind.Manifest,
                // `command` replaces the image's entrypoint, `args` are passed to it.
                // runAsNonRoot without a uid: the kubelet refuses the image's root user, so the user is not known.
                RunAs = RunAsUser(container.Get("securityContext")) ?? podUser
                    ?? (NonRoot(container.Get("securityContext")) ?? NonRoot(pod.Get("securityContext")) ?? false
                        ? null
                        : ManifestNodes.ImageDefaultUser(image?.Text, container.Entry("command"), container.Entry("args"))),
                Schedule = schedule,
                DataMounts = mounts,
            };
            NeoEnvironment.Read(Env(container.Get("env")), facts, context);
            var words = ManifestNodes.Items(container.Get("command")).Concat(ManifestNodes.Items(container.Get("args")))
                .Where(n => n.IsScalar && !n.IsNull)
                .Select(n => ScalarPositions.Word(n, lines))
                .ToList();
            if (words.Count > 0)
            {
                ShellCommandExtractor.Extract([new ShellCommand(words, "")], context, facts);
            }
        }
    }

    /// <summary>A ConfigMap's <c>NEO4J_*</c> keys (an env source), and a <c>neo4j.conf</c> key read as a conf file.</summary>
    public static void ConfigMap(DocNode root, List<string> lines, InfraFileFacts facts)
    {
        if (root.Get("data") is not { IsMapping: true } data)
        {
            return;
        }

        NeoEnvironment.Read(
            data.Entries.Where(e => e.Value.Text is not null)
                .Select(e => (e.Key.Value, e.Value.Text!, e.Key.Span with { EndLine = e.Value.Span.EndLine, EndColumn = e.Value.Span.EndColumn })),
            facts);
        // Only a key named for neo4j.conf: other *.conf keys (an app's properties) may hold server.* names that are not Neo4j's.
        foreach (var entry in data.Entries.Where(e => e.Key.Value.EndsWith("neo4j.conf", StringComparison.Ordinal) && e.Value.Text is not null))
        {
            var config = EmbeddedConf(entry.Value, lines, facts.File);
            if (config.Settings.Count > 0)
            {
                facts.Configs.Add(config);
                SettingsEvidence.Add(config, facts);
            }
        }
    }

    /// <summary>A neo4j.conf held in a block scalar, each setting located on its own line of the manifest.</summary>
    private static Neo4jConfig EmbeddedConf(DocNode block, List<string> lines, string file)
    {
        var positions = ScalarPositions.Of(block, lines);
        var read = NeoConfReader.Read(file, block.Value);
        var starts = new List<int> { 0 };
        for (var i = 0; i < block.Value.Length; i++)
        {
            if (block.Value[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        var settings = read.Settings.Select(s =>
        {
            var offset = starts[s.Span.Line - 1] + s.Span.Column - 1;
            var at = offset < positions.Count ? positions[offset] : new TextPosition(block.Span.Line, block.Span.Column);
            return s with { Span = new SourceSpan(file, at.Line, at.Column, at.Line, at.Column + (s.Span.EndColumn - s.Span.Column)) };
        });
        return new Neo4jConfig(file, SourceKind.Manifest, settings);
    }

    private static IEnumerable<(string Name, string Value, SourceSpan Span)> Env(DocNode? env)
    {
        foreach (var item in ManifestNodes.Items(env))
        {
            // valueFrom (a secret, a field) is not known: only literal values are read.
            if (item.Get("name")?.Text is { } name && item.Get("value") is { Text: { } value } valueNode)
            {
                yield return (name, value, item.Span with { EndLine = valueNode.Span.EndLine, EndColumn = valueNode.Span.EndColumn });
            }
        }
    }

    /// <summary>Volumes that hold Neo4j's data: a claim or volume named "data" or "…-data-…", or a hostPath of a Neo4j data directory.</summary>
    private static HashSet<string> DataVolumes(DocNode? volumes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volume in ManifestNodes.Items(volumes))
        {
            var name = volume.Get("name")?.Text ?? "";
            var claim = volume.Get("persistentVolumeClaim")?.Get("claimName")?.Text ?? "";
            var hostPath = volume.Get("hostPath")?.Get("path")?.Text ?? "";
            if (ManifestNodes.IsDataName(name) || ManifestNodes.IsDataName(claim) || ShellCommandExtractor.IsOnDataVolume(hostPath, []) || hostPath.Contains("/neo4j/data", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static (string, SourceSpan)? RunAsUser(DocNode? securityContext) => ManifestNodes.User(securityContext?.Get("runAsUser"));

    private static bool? NonRoot(DocNode? securityContext) => securityContext?.Get("runAsNonRoot")?.Text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
