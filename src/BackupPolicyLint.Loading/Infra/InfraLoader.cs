using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Yaml;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>The infrastructure facts of one file (a YAML file can hold both manifests and CI scripts) and the problems met reading it.</summary>
internal sealed record InfraFileResult(InputFile File, bool Read, IReadOnlyList<InfraFileFacts> Facts, IReadOnlyList<Finding> Findings)
{
    public static InfraFileResult Skipped(InputFile file) => new(file, false, [], []);

    /// <summary>A file about Neo4j that bpl does not judge, and why (shown with --verbose): never silently taken as clean.</summary>
    public static InfraFileResult Skipped(InputFile file, string reason) => new(file, false, [], []) { SkipReason = reason };

    public string? SkipReason { get; init; }
}

/// <summary>
/// Reads one infrastructure file into facts. A file found by walking is read only when a cheap sniff of its first 64 KiB
/// finds Neo4j in it (<c>neo4j</c>, a <c>data/databases</c> path, or for *.conf a Neo4j setting), so unrelated scripts and
/// manifests are neither parsed nor counted; a file named on the command line is always read.
/// </summary>
internal static class InfraLoader
{
    private const int SniffBytes = 64 * 1024;

    public static InfraFileResult Load(InputFile file, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        var kind = InfraFileKinds.Of(file.FullPath);
        if (kind == InfraFileKind.None)
        {
            return InfraFileResult.Skipped(file);
        }

        byte[] bytes;
        try
        {
            var head = InputFileReader.ReadHead(file.FullPath, SniffBytes);
            if (kind == InfraFileKind.MaybeShell && !IsShellScript(head))
            {
                return InfraFileResult.Skipped(file);
            }

            // A cron table is read even when it does not mention Neo4j: its lines may run a backup script found elsewhere
            // (it is counted only when one does, InfraStage).
            if (!file.Explicit && kind != InfraFileKind.Cron && !MentionsNeo4j(head, kind))
            {
                return InfraFileResult.Skipped(file);
            }

            if (kind == InfraFileKind.Template)
            {
                return InfraFileResult.Skipped(file, "a template (Jinja or Go template): not read until rendered; check the rendered file instead");
            }

            var (content, length) = InputFileReader.ReadAll(file.FullPath, limits.MaxFileBytes);
            if (content is null)
            {
                return new InfraFileResult(file, true, [], [SourceFiles.TooLarge(file.DisplayPath, length, limits)]);
            }

            bytes = content;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is NotRegularFileException ? ex.Message : $"cannot read file: {InputFileReader.Reason(ex, file.FullPath, file.DisplayPath)}";
            return new InfraFileResult(file, true, [], [DiagnosticIds.Create(DiagnosticIds.ParseError, reason, SourceSpan.FileStart(file.DisplayPath), SourceKind.Script)]);
        }

        var (text, problem) = SourceFiles.Decode(file.DisplayPath, bytes, limits);
        if (text is null)
        {
            return new InfraFileResult(file, true, [], [problem! with { Source = kind == InfraFileKind.Conf ? SourceKind.Config : SourceKind.Script }]);
        }

        return Parse(file, kind, text, limits);
    }

    public static InfraFileResult Parse(InputFile file, InfraFileKind kind, string text, ReaderLimits limits)
    {
        var display = file.DisplayPath;
        switch (kind)
        {
            case InfraFileKind.Conf:
                var config = NeoConfReader.Read(display, text);
                if (config.Settings.Count == 0)
                {
                    return InfraFileResult.Skipped(file);
                }

                var conf = new InfraFileFacts { File = display, Source = SourceKind.Config };
                conf.Configs.Add(config);
                SettingsEvidence.Add(config, conf);
                conf.DescribesCluster = config.DescribesCluster;
                return new InfraFileResult(file, true, [conf], []);
            case InfraFileKind.Yaml:
                var parsed = LocatedYamlReader.Read(display, text, limits);
                if (TemplateReason(file.FullPath, text, parsed.Findings.Any(f => f.RuleId == DiagnosticIds.ParseError)) is { } template)
                {
                    return InfraFileResult.Skipped(file, template);
                }

                var manifest = new InfraFileFacts { File = display, Source = SourceKind.Manifest, MaxJobs = limits.MaxBackupCommandsPerFile };
                var script = new InfraFileFacts { File = display, Source = SourceKind.Script, MaxJobs = limits.MaxBackupCommandsPerFile };
                var unread = new List<string>();
                ManifestReader.Read(parsed, text, Path.GetFileName(file.FullPath) == ".gitlab-ci.yml", manifest, script, file.FullPath, unread);
                AnsibleTaskReader.Read(parsed, text, script);
                manifest.DescribesCluster = manifest.Configs.Any(c => c.DescribesCluster);
                // Only syntax errors are ours to report; other YAML problems (duplicate keys) belong to the tool that reads the file.
                var problems = parsed.Findings.Where(f => f.RuleId == DiagnosticIds.ParseError).Select(f => f with { Source = SourceKind.Manifest }).Concat(JobLimit(manifest)).Concat(JobLimit(script)).ToList();
                var found = new[] { manifest, script }.Where(f => !f.IsEmpty).ToList();
                // YAML that mentions Neo4j but holds none of the kinds above (an app's settings) is not ours: not counted.
                return found.Count == 0 && problems.Count == 0 && unread.Count > 0
                    ? InfraFileResult.Skipped(file, "holds " + string.Join(", ", unread.Distinct(StringComparer.Ordinal)))
                    : new InfraFileResult(file, found.Count > 0 || problems.Count > 0, found, problems);
            default:
                var facts = new InfraFileFacts { File = display, Source = SourceKind.Script, MaxJobs = limits.MaxBackupCommandsPerFile };
                if (kind == InfraFileKind.Cron)
                {
                    var name = file.FullPath.Replace('\\', '/');
                    CrontabReader.Read(text, name.Contains("/cron.d/", StringComparison.Ordinal) || name.EndsWith("etc/crontab", StringComparison.Ordinal), facts);
                }
                else if (kind == InfraFileKind.Dockerfile)
                {
                    DockerfileReader.Read(text, facts);
                }
                else if (kind == InfraFileKind.SystemdUnit)
                {
                    SystemdUnitReader.Read(text, file.FullPath.Replace('\\', '/').Contains("/systemd/user/", StringComparison.Ordinal), facts);
                }
                else if (kind == InfraFileKind.Makefile)
                {
                    MakefileReader.Read(text, facts);
                }
                else if (kind == InfraFileKind.Jenkinsfile)
                {
                    JenkinsfileReader.Read(text, facts);
                }
                else if (kind == InfraFileKind.Terraform)
                {
                    TerraformReader.Read(text, facts);
                }
                else
                {
                    ShellCommandExtractor.ExtractText(text, new ExtractionContext { File = display, Source = SourceKind.Script, Folder = Path.GetDirectoryName(file.FullPath) }, facts);
                }

                facts.DescribesCluster = facts.Configs.Any(c => c.DescribesCluster);
                return new InfraFileResult(file, !facts.IsEmpty, facts.IsEmpty ? [] : [facts], JobLimit(facts).ToList());
        }
    }

    /// <summary>BPL001 where reading commands stopped at <see cref="ReaderLimits.MaxBackupCommandsPerFile"/>, if it did.</summary>
    private static IEnumerable<Finding> JobLimit(InfraFileFacts facts) => facts.JobLimitReachedAt is { } stopped
        ? [DiagnosticIds.Create(DiagnosticIds.ParseError, $"more than {facts.MaxJobs:N0} backup and dump commands in one file; bpl reads no further commands from here, so the rest of the file is not checked", stopped, facts.Source)]
        : [];

    /// <summary>
    /// Why a YAML file is a template rather than YAML (never a BPL001): a Helm chart's <c>templates/</c> file with
    /// <c>{{ }}</c> actions, or any file whose <c>{{ }}</c> actions (Jinja, gomplate) keep it from parsing.
    /// </summary>
    private static string? TemplateReason(string fullPath, string text, bool unparsable)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (Path.GetFileName(folder) == "templates" && Path.GetDirectoryName(folder) is { } chart
            && (File.Exists(Path.Combine(chart, "Chart.yaml")) || File.Exists(Path.Combine(chart, "values.yaml"))))
        {
            return "a Helm template ({{ }} actions): not YAML until rendered; bpl reads the chart's values.yaml, or check the output of `helm template`";
        }

        return unparsable ? "a template ({{ }} actions) that is not YAML until rendered; check the rendered file instead" : null;
    }

    private static bool IsShellScript(byte[] head)
    {
        if (head.Length < 3 || head[0] != '#' || head[1] != '!')
        {
            return false;
        }

        var end = Array.IndexOf(head, (byte)'\n');
        var line = Encoding.ASCII.GetString(head, 0, end < 0 ? Math.Min(head.Length, 200) : Math.Min(end, 200));
        return line.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries).Any(w => w is "sh" or "bash" or "dash" or "ash" or "ksh" or "zsh");
    }

    private static bool MentionsNeo4j(byte[] head, InfraFileKind kind)
    {
        var text = Encoding.UTF8.GetString(head);
        if (kind == InfraFileKind.Conf)
        {
            return NeoConfReader.HasNeo4jSettings(text);
        }

        return text.Contains("neo4j", StringComparison.OrdinalIgnoreCase)
            || text.Contains("data/databases", StringComparison.Ordinal)
            || text.Contains("data/transactions", StringComparison.Ordinal);
    }
}
