using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads Jenkins pipelines (<c>Jenkinsfile</c>, <c>Jenkinsfile.*</c>, <c>*.jenkinsfile</c>): the scripts of <c>sh</c> steps
/// (<c>sh '…'</c>, <c>sh "…"</c>, <c>sh '''…'''</c>, <c>sh """…"""</c>, <c>sh(script: …)</c>) read as shell where they are
/// written, and <c>NAME = 'value'</c> lines of <c>environment { }</c> blocks as variables. Who runs them is the agent's
/// user, unknown here.
/// </summary>
internal static partial class JenkinsfileReader
{
    public static void Read(string text, InfraFileFacts facts)
    {
        var context = new ExtractionContext { File = facts.File, Source = facts.Source };
        foreach (Match variable in EnvironmentLine().Matches(text))
        {
            context.Variables[variable.Groups[1].Value] = [variable.Groups[3].Value];
        }

        var positions = new TextPositions(text);

        foreach (Match step in ShStep().Matches(text))
        {
            var quote = step.Groups["quote"].Value;
            var bodyStart = step.Index + step.Length;
            var end = quote.Length == 3 ? text.IndexOf(quote, bodyStart, StringComparison.Ordinal) : ClosingQuote(text, bodyStart, quote[0]);
            if (end < 0)
            {
                continue;
            }

            ShellCommandExtractor.Extract(ShellTokenizer.Tokenize(text[bodyStart..end], positions.Range(bodyStart, end)), context.With(null), facts);
        }
    }

    /// <summary>The closing quote of a one-line Groovy string (a backslash escapes the next character).</summary>
    private static int ClosingQuote(string text, int from, char quote)
    {
        for (var i = from; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\bsh\s*\(?\s*(?:script\s*:\s*)?(?<quote>'''|""""""|'|"")")]
    private static partial Regex ShStep();

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(['""])([^'""\n]*)\2\s*$", RegexOptions.Multiline)]
    private static partial Regex EnvironmentLine();
}
