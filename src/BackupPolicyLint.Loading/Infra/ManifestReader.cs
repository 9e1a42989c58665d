using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads YAML infrastructure: Kubernetes workloads (Job, CronJob, Pod, Deployment, StatefulSet, DaemonSet: containers'
/// command/args, env, securityContext.runAsUser, the data volume's mounts, CronJob schedule), docker-compose services
/// (command, entrypoint, environment, user, volumes), GitHub Actions <c>run:</c> steps, GitLab CI <c>script:</c> lines,
/// values of Neo4j's backup Helm chart (neo4j/neo4j-admin) and <c>config:</c> maps of Neo4j settings (the neo4j chart).
/// Documents that are none of these are skipped silently.
/// </summary>
public static class ManifestReader
{
    private static readonly HashSet<string> WorkloadKinds = new(StringComparer.Ordinal) { "Job", "CronJob", "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" };

    public static void Read(LoadedFile file, string text, bool gitlab, InfraFileFacts manifest, InfraFileFacts script)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var document in file.Documents)
        {
            var root = document.Root;
            if (!root.IsMapping)
            {
                continue;
            }

            if (document.Kind is { } kind && WorkloadKinds.Contains(kind) && document.ApiVersion is not null)
            {
                Workload(root, kind, lines, manifest);
            }
            else if (root.Get("services") is { IsMapping: true } services)
            {
                Compose(services, lines, manifest);
            }
            else if (root.Get("jobs") is { IsMapping: true } jobs && root.Entry("on") is not null)
            {
                GitHubActions(root, jobs, lines, script);
            }
            else if (gitlab)
            {
                GitLab(root, lines, script);
            }
            else if (root.Get("backup") is { IsMapping: true } backup && HelmBackupValues.IsBackupChart(backup))
            {
                HelmBackupValues.Read(root, backup, manifest);
            }

            if (root.Get("config") is { IsMapping: true } config)
            {
                var settings = config.Entries
                    .Where(e => e.Key.Value.Contains('.', StringComparison.Ordinal) && e.Value.Text is not null)
                    .Select(e => NeoConfReader.FromVariable("NEO4J_" + e.Key.Value.Replace("_", "__", StringComparison.Ordinal).Replace('.', '_'), e.Value.Text!, e.Key.Span with { EndLine = e.Value.Span.EndLine, EndColumn = e.Value.Span.EndColumn }))
                    .OfType<ConfigSetting>()
                    .Select(s => s with { WrittenName = s.Name })
                    .ToList();
                if (settings.Count > 0)
                {
                    manifest.Configs.Add(new Neo4jConfig(manifest.File, SourceKind.Manifest, settings));
                }
            }
        }
    }

    private static void Workload(DocNode root, string kind, List<string> lines, InfraFileFacts facts)
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
        foreach (var container in Items(pod.Get("initContainers")).Concat(Items(pod.Get("containers"))))
        {
            if (container.Get("image") is { Text: { } image } imageNode)
            {
                ImageTags.Read(image, imageNode.Span, facts);
            }

            var mounts = Items(container.Get("volumeMounts"))
                .Where(m => m.Get("name")?.Text is { } name && dataVolumes.Contains(name) && m.Get("mountPath")?.Text is not null)
                .Select(m => m.Get("mountPath")!.Text!)
                .ToList();
            var context = new ExtractionContext
            {
                File = facts.File,
                Source = SourceKind.Manifest,
                RunAs = RunAsUser(container.Get("securityContext")) ?? podUser,
                Schedule = schedule,
                DataMounts = mounts,
            };
            Env(container.Get("env"), facts, context);
            var words = Items(container.Get("command")).Concat(Items(container.Get("args")))
                .Where(n => n.IsScalar && !n.IsNull)
                .Select(n => ScalarPositions.Word(n, lines))
                .ToList();
            if (words.Count > 0)
            {
                ShellCommandExtractor.Extract([new ShellCommand(words, "")], context, facts);
            }
        }
    }

    /// <summary>Volumes that hold Neo4j's data: a claim or volume named "data" or "…-data-…" (the neo4j chart's data volume), never one named for backups.</summary>
    private static HashSet<string> DataVolumes(DocNode? volumes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volume in Items(volumes))
        {
            var name = volume.Get("name")?.Text ?? "";
            var claim = volume.Get("persistentVolumeClaim")?.Get("claimName")?.Text ?? "";
            var hostPath = volume.Get("hostPath")?.Get("path")?.Text ?? "";
            if (IsDataName(name) || IsDataName(claim) || ShellCommandExtractor.IsOnDataVolume(hostPath, []) || hostPath.Contains("/neo4j/data", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static bool IsDataName(string name) =>
        !name.Contains("backup", StringComparison.OrdinalIgnoreCase)
        && System.Text.RegularExpressions.Regex.IsMatch(name, @"(^|[-_.])data([-_.]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static (string, SourceSpan)? RunAsUser(DocNode? securityContext) =>
        securityContext?.Get("runAsUser") is { Text: { } uid } node ? (ShellCommandExtractor.UserOf(uid), node.Span) : null;

    private static void Env(DocNode? env, InfraFileFacts facts, ExtractionContext context)
    {
        var settings = new List<ConfigSetting>();
        foreach (var item in Items(env))
        {
            if (item.Get("name")?.Text is { } name && item.Get("value") is { Text: { } value } valueNode)
            {
                context.Variables[name] = [value];
                if (NeoConfReader.FromVariable(name, value, item.Span with { EndLine = valueNode.Span.EndLine, EndColumn = valueNode.Span.EndColumn }) is { } setting)
                {
                    settings.Add(setting);
                }
            }
        }

        if (settings.Count > 0)
        {
            facts.Configs.Add(new Neo4jConfig(facts.File, SourceKind.Manifest, settings));
        }
    }

    private static void Compose(DocNode services, List<string> lines, InfraFileFacts facts)
    {
        foreach (var entry in services.Entries)
        {
            var service = entry.Value;
            if (!service.IsMapping)
            {
                continue;
            }

            if (service.Get("image") is { Text: { } image } imageNode)
            {
                ImageTags.Read(image, imageNode.Span, facts);
            }

            var mounts = Items(service.Get("volumes"))
                .Select(v => v.Text?.Split(':') ?? [])
                .Where(parts => parts.Length >= 2 && (IsDataName(parts[0].Trim('.', '/')) || parts[1] == "/data"))
                .Select(parts => parts[1])
                .ToList();
            var context = new ExtractionContext
            {
                File = facts.File,
                Source = SourceKind.Manifest,
                RunAs = service.Get("user") is { Text: { } user } userNode ? (ShellCommandExtractor.UserOf(user), userNode.Span) : null,
                DataMounts = mounts,
            };
            var settings = new List<ConfigSetting>();
            if (service.Get("environment") is { } environment)
            {
                foreach (var (name, value, span) in ComposeEnvironment(environment))
                {
                    context.Variables[name] = [value];
                    if (NeoConfReader.FromVariable(name, value, span) is { } setting)
                    {
                        settings.Add(setting);
                    }
                }
            }

            if (settings.Count > 0)
            {
                facts.Configs.Add(new Neo4jConfig(facts.File, SourceKind.Manifest, settings));
            }

            var words = new List<ShellWord>();
            foreach (var key in new[] { "entrypoint", "command" })
            {
                var node = service.Get(key);
                if (node is { IsSequence: true })
                {
                    words.AddRange(node.Items.Where(n => n.Text is not null).Select(n => ScalarPositions.Word(n, lines)));
                }
                else if (node is { Text: not null })
                {
                    words.AddRange(ShellTokenizer.Tokenize(node.Value, ScalarPositions.Of(node, lines)).SelectMany(c => c.Words));
                }
            }

            if (words.Count > 0)
            {
                ShellCommandExtractor.Extract([new ShellCommand(words, "")], context, facts);
            }
        }
    }

    private static IEnumerable<(string Name, string Value, SourceSpan Span)> ComposeEnvironment(DocNode environment)
    {
        if (environment.IsMapping)
        {
            foreach (var entry in environment.Entries)
            {
                if (entry.Value.Text is { } value)
                {
                    yield return (entry.Key.Value, value, entry.Key.Span with { EndLine = entry.Value.Span.EndLine, EndColumn = entry.Value.Span.EndColumn });
                }
            }
        }
        else
        {
            foreach (var item in Items(environment))
            {
                if (item.Text is { } text && text.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
                {
                    yield return (text[..equals], text[(equals + 1)..], item.Span);
                }
            }
        }
    }

    private static void GitHubActions(DocNode root, DocNode jobs, List<string> lines, InfraFileFacts facts)
    {
        (string, SourceSpan)? schedule = Items(root.Get("on")?.Get("schedule")).Select(s => s.Get("cron")).FirstOrDefault(c => c?.Text is not null) is { } cron
            ? (cron.Text!, cron.Span)
            : null;
        foreach (var job in jobs.Entries.Select(e => e.Value).Where(j => j.IsMapping))
        {
            foreach (var step in Items(job.Get("steps")))
            {
                if (step.Get("run") is { Text: not null } run)
                {
                    // An explicit `shell: bash` runs `bash --noprofile --norc -eo pipefail {0}`; the default shell is `bash -e {0}`.
                    var shell = step.Get("shell")?.Text ?? job.Get("defaults")?.Get("run")?.Get("shell")?.Text ?? root.Get("defaults")?.Get("run")?.Get("shell")?.Text;
                    var context = new ExtractionContext { File = facts.File, Source = SourceKind.Script, Schedule = schedule, PipeFail = shell == "bash" };
                    Shell(run, lines, context, facts);
                }
            }
        }
    }

    private static void GitLab(DocNode root, List<string> lines, InfraFileFacts facts)
    {
        foreach (var job in root.Entries.Select(e => e.Value).Where(j => j.IsMapping))
        {
            foreach (var key in new[] { "before_script", "script", "after_script" })
            {
                var node = job.Get(key);
                var items = node is { IsSequence: true } ? node.Items : node is { Text: not null } ? [node] : [];
                // GitLab Runner's bash scripts start with `set -eo pipefail`.
                var context = new ExtractionContext { File = facts.File, Source = SourceKind.Script, PipeFail = true };
                foreach (var item in items.Where(i => i.Text is not null))
                {
                    Shell(item, lines, context, facts);
                }
            }
        }
    }

    private static void Shell(DocNode scalar, List<string> lines, ExtractionContext context, InfraFileFacts facts) =>
        ShellCommandExtractor.Extract(ShellTokenizer.Tokenize(scalar.Value, ScalarPositions.Of(scalar, lines)), context, facts);

    private static IEnumerable<DocNode> Items(DocNode? node) => node is { IsSequence: true } ? node.Items : [];
}
