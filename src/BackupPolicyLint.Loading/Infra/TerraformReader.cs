using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads the <c>local-exec</c> provisioners of Terraform files (<c>*.tf</c>): the <c>command</c> (a quoted string or a
/// <c>&lt;&lt;EOT</c>/<c>&lt;&lt;-EOT</c> heredoc) read as shell where it is written, with the provisioner's
/// <c>environment = { NAME = "value" }</c> as variables. <c>${…}</c> interpolations stay symbolic. It runs on the machine
/// that runs Terraform, as a user unknown here.
/// </summary>
internal static partial class TerraformReader
{
    public static void Read(string text, InfraFileFacts facts)
    {
        var positions = new TextPositions(text);

        foreach (Match provisioner in LocalExec().Matches(text))
        {
            var blockEnd = BlockEnd(text, provisioner.Index + provisioner.Length);
            var block = text[(provisioner.Index + provisioner.Length)..blockEnd];
            var offset = provisioner.Index + provisioner.Length;
            var context = new ExtractionContext { File = facts.File, Source = facts.Source };
            if (Environment().Match(block) is { Success: true } environment)
            {
                foreach (Match variable in Assignment().Matches(environment.Groups[1].Value))
                {
                    context.Variables[variable.Groups[1].Value] = [variable.Groups[2].Value];
                }
            }

            if (Command().Match(block) is not { Success: true } command)
            {
                continue;
            }

            int start;
            int end;
            if (command.Groups["heredoc"].Success)
            {
                start = offset + command.Index + command.Length;
                var close = DelimiterLine(command.Groups["heredoc"].Value).Match(text, start);
                end = close.Success ? close.Index : blockEnd;
            }
            else
            {
                start = offset + command.Index + command.Length;
                end = start;
                while (end < text.Length && text[end] != '"' && text[end] != '\n')
                {
                    end += text[end] == '\\' ? 2 : 1;
                }
            }

            end = Math.Min(end, text.Length);
            ShellCommandExtractor.Extract(ShellTokenizer.Tokenize(text[start..end], positions.Range(start, end)), context, facts);
        }
    }

    /// <summary>The index of the brace that closes the block opened just before <paramref name="from"/>.</summary>
    private static int BlockEnd(string text, int from)
    {
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static Regex DelimiterLine(string delimiter) => new(@"^[ \t]*" + Regex.Escape(delimiter) + @"[ \t]*$", RegexOptions.Multiline);

    [GeneratedRegex(@"provisioner\s+""local-exec""\s*\{")]
    private static partial Regex LocalExec();

    [GeneratedRegex(@"\bcommand\s*=\s*(?:<<-?(?<heredoc>[A-Za-z_]+)[ \t]*\r?\n|"")")]
    private static partial Regex Command();

    [GeneratedRegex(@"\benvironment\s*=\s*\{([^}]*)\}")]
    private static partial Regex Environment();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*""([^""\n]*)""")]
    private static partial Regex Assignment();
}
