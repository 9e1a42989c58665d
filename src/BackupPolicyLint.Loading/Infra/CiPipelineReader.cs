using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>CI pipelines kept in YAML: GitHub Actions <c>run:</c> steps (with the workflow's cron) and GitLab CI <c>script</c> lines.</summary>
internal static class CiPipelineReader
{
    public static void GitHubActions(DocNode root, DocNode jobs, List<string> lines, InfraFileFacts facts)
    {
        (string, SourceSpan)? schedule = ManifestNodes.Items(root.Get("on")?.Get("schedule")).Select(s => s.Get("cron")).FirstOrDefault(c => c?.Text is not null) is { } cron
            ? (cron.Text!, cron.Span)
            : null;
        foreach (var job in jobs.Entries.Select(e => e.Value).Where(j => j.IsMapping))
        {
            foreach (var step in ManifestNodes.Items(job.Get("steps")))
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

    public static void GitLab(DocNode root, List<string> lines, InfraFileFacts facts)
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
}
