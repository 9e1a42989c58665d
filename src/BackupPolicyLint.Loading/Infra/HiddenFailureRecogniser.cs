using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// A backup or dump piped into another command (<c>neo4j-admin … | tee log</c>, <c>… --to-stdout | gzip</c>) in a shell
/// without <c>set -o pipefail</c>: the pipeline's status is the last command's, so <c>$?</c>, <c>set -e</c>,
/// <c>&amp;&amp;</c> and <c>if</c> all see that command succeed when the backup failed (BPL210).
/// </summary>
internal static class HiddenFailureRecogniser
{
    /// <summary>Called after a command that ends with "|": the jobs it added from <paramref name="jobsBefore"/> on are hidden.</summary>
    public static void Check(InfraFileFacts facts, int jobsBefore)
    {
        foreach (var job in facts.Jobs.Skip(jobsBefore).Where(j => j.Admin is not null))
        {
            facts.HiddenFailures.Add(new ScriptStep(ShellCommandExtractor.Shorten(job.Text), job.Span, job.Source));
        }
    }
}
