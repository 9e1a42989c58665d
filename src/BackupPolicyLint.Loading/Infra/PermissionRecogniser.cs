using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Infra;

/// <summary><c>chmod</c> and <c>umask</c> that open backup files or their folders to other users of the host (BPL408).</summary>
internal static partial class PermissionRecogniser
{
    public static bool Recognise(string program, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        switch (program)
        {
            case "chmod":
                Chmod(words, context, facts);
                return true;
            case "umask":
                Umask(words, context, facts);
                return true;
            default:
                return false;
        }
    }

    private static void Chmod(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        var args = words.Skip(1).Where(w => !w.Text.StartsWith('-') || w.Text.Length > 1 && !char.IsAsciiLetter(w.Text[1])).ToList();
        if (args.Count < 2)
        {
            return;
        }

        var mode = args[0].Text;
        var opens = OctalMode().IsMatch(mode) ? (mode[^1] - '0') != 0
            : SymbolicOpen().IsMatch(mode);
        var paths = args.Skip(1).Select(w => context.Resolve(w.Text)[0]).ToList();
        if (opens && paths.Any(p => IsBackupPath(p, facts)))
        {
            facts.PermissionLoosenings.Add(ShellCommandExtractor.Step(words, context));
        }
    }

    private static void Umask(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (words.Count < 2 || !OctalMode().IsMatch(words[1].Text))
        {
            return;
        }

        // The last digit masks others: unless it removes both read and write (6 or 7), new backup files are open to them.
        if (((words[1].Text[^1] - '0') & 6) != 6)
        {
            facts.PermissionLoosenings.Add(new Model.Infra.ScriptStep($"umask {words[1].Text}", context.Span(words[0], words[1]), context.Source));
        }
    }

    /// <summary>A path a backup or dump writes to (in this file), or one named like a backup location.</summary>
    private static bool IsBackupPath(string path, InfraFileFacts facts) =>
        facts.Jobs.Any(j => j.Destination is { } d && (path.StartsWith(d.Path, StringComparison.Ordinal) || d.Path.StartsWith(path, StringComparison.Ordinal)))
        || path.Contains("backup", StringComparison.OrdinalIgnoreCase) || path.Contains("dump", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[0-7]{3,4}$")]
    private static partial Regex OctalMode();

    [GeneratedRegex(@"(^|,)([ugoa]*[oa][ugoa]*|)[+=][rwxX]*[rw]")]
    private static partial Regex SymbolicOpen();
}
