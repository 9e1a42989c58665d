namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Recognises neo4j-admin backup-related commands in a simple command's words and parses every documented option
/// (Neo4j operations manual: online backup, aggregate, restore, dump, load, copy, consistency checker; 4.4 and 5.x/2025.x).
/// An option listed as taking a value reads it from "=value" or the next word; flags take only "=true|false".
/// An undocumented option is kept as unknown: with "=", its value is its own; without, it is a flag (the safe reading:
/// it never swallows a database name).
/// </summary>
internal static class AdminCommandParser
{
    private static readonly Dictionary<string, string[]> ValueOptions5 = new(StringComparer.Ordinal)
    {
        ["backup"] = ["--from", "--to-path", "--type", "--include-metadata", "--additional-config", "--inspect-path", "--pagecache", "--temp-path"],
        ["dump"] = ["--to-path", "--additional-config"],
        ["load"] = ["--from-path", "--additional-config"],
        ["restore"] = ["--from-path", "--restore-until", "--source-database", "--temp-path", "--to-path-data", "--to-path-txn", "--additional-config"],
        ["copy"] = ["--to-format", "--from-path-data", "--from-path-txn", "--to-path-data", "--to-path-txn", "--from-pagecache", "--max-off-heap-memory", "--temp-path",
            "--target-format", "--target-location", "--source-format", "--source-location", "--copy-only-nodes-with-labels", "--ignore-nodes-with-labels",
            "--copy-only-relationships-of-types", "--ignore-relationships-with-types", "--skip-labels", "--skip-properties", "--skip-relationship-properties",
            "--copy-only-node-properties", "--copy-only-relationship-properties", "--additional-config"],
        ["check"] = ["--from-path", "--temp-path", "--report-path", "--threads", "--max-off-heap-memory", "--additional-config"],
        ["aggregate"] = ["--from-path", "--temp-path", "--additional-config"],
        ["inspect"] = ["--database", "--format", "--additional-config"],
    };

    private static readonly Dictionary<string, string[]> FlagOptions5 = new(StringComparer.Ordinal)
    {
        ["backup"] = ["--compress", "--keep-failed", "--parallel-download", "--parallel-recovery", "--remote-address-resolution", "--skip-recovery", "--prefer-diff-as-parent"],
        ["dump"] = ["--to-stdout", "--overwrite-destination"],
        ["load"] = ["--from-stdin", "--info", "--overwrite-destination"],
        ["restore"] = ["--overwrite-destination"],
        ["copy"] = ["--copy-schema", "--compact-node-store", "--force", "--compress"],
        ["check"] = ["--check-counts", "--check-graph", "--check-indexes", "--check-property-owners", "--force"],
        ["aggregate"] = ["--keep-old-backup", "--parallel-recovery"],
        ["inspect"] = ["--empty", "--latest-backup", "--latest-chain", "--show-metadata"],
    };

    private static readonly Dictionary<string, string[]> ValueOptions44 = new(StringComparer.Ordinal)
    {
        ["backup"] = ["--backup-dir", "--from", "--database", "--pagecache", "--report-dir", "--additional-config", "--include-metadata"],
        ["dump"] = ["--database", "--to"],
        ["load"] = ["--database", "--from"],
        ["restore"] = ["--database", "--from", "--to-data-directory", "--to-data-tx-directory"],
        ["copy"] = ["--from-database", "--from-path", "--from-path-tx", "--to-database", "--to-format", "--from-pagecache", "--to-pagecache", "--delete-nodes-with-labels",
            "--skip-labels", "--skip-properties", "--skip-relationships"],
        ["check"] = ["--database", "--backup", "--report-dir", "--additional-config"],
    };

    private static readonly Dictionary<string, string[]> FlagOptions44 = new(StringComparer.Ordinal)
    {
        ["backup"] = ["--fallback-to-full", "--check-consistency", "--check-graph", "--check-indexes", "--check-index-structure", "--prepare-restore", "--parallel-recovery",
            "--check-label-scan-store", "--check-property-owners"],
        ["dump"] = [],
        ["load"] = ["--force", "--info"],
        ["restore"] = ["--force", "--move"],
        ["copy"] = ["--force"],
        ["check"] = ["--check-graph", "--check-indexes", "--check-index-structure", "--check-label-scan-store", "--check-property-owners"],
    };

    private static readonly string[] CommonFlags = ["--expand-commands", "--verbose", "-h", "--help"];

    /// <summary>True when the word runs neo4j-admin (by name or path: <c>bin/neo4j-admin</c>, <c>/var/lib/neo4j/bin/neo4j-admin</c>).</summary>
    public static bool IsNeo4jAdmin(string word)
    {
        var name = word[(word.LastIndexOfAny(['/', '\\']) + 1)..];
        return name is "neo4j-admin" or "neo4j-admin.bat" or "neo4j-admin.ps1";
    }

    /// <summary>The command when <paramref name="words"/> (starting at neo4j-admin) is a backup-related one; null otherwise.</summary>
    public static AdminCommand? Parse(IReadOnlyList<ShellWord> words)
    {
        if (words.Count < 2 || !IsNeo4jAdmin(words[0].Text))
        {
            return null;
        }

        var first = words[1].Text;
        var second = words.Count > 2 ? words[2].Text : "";
        (string Verb, string Syntax, int Skip)? form = (first, second) switch
        {
            ("database", "backup" or "dump" or "load" or "restore" or "copy" or "check") => (second, "5", 3),
            ("database", "aggregate-backup") => ("aggregate", "5", 3),
            ("backup", "aggregate" or "inspect") => (second, "5", 3),
            ("backup" or "dump" or "load" or "restore" or "copy", _) => (first, "4.4", 2),
            ("check-consistency", _) => ("check", "4.4", 2),
            _ => null,
        };
        if (form is not { } f)
        {
            return null;
        }

        var values = (f.Syntax == "4.4" ? ValueOptions44 : ValueOptions5)[f.Verb];
        var flags = (f.Syntax == "4.4" ? FlagOptions44 : FlagOptions5)[f.Verb];
        var options = new List<AdminOption>();
        var positionals = new List<ShellWord>();
        var unknown = new List<string>();
        var optionsEnded = false;
        for (var i = f.Skip; i < words.Count; i++)
        {
            var word = words[i];
            var text = word.Text;
            if (optionsEnded || !text.StartsWith('-') || text == "-")
            {
                positionals.Add(word);
                continue;
            }

            if (text == "--")
            {
                optionsEnded = true;
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? text : text[..equals];
            var inline = equals < 0 ? null : text[(equals + 1)..];
            if (values.Contains(name))
            {
                if (inline is null && i + 1 < words.Count)
                {
                    options.Add(new AdminOption(name, words[i + 1].Text, word, words[i + 1]));
                    i++;
                }
                else
                {
                    options.Add(new AdminOption(name, inline, word, null));
                }
            }
            else
            {
                if (!flags.Contains(name) && !CommonFlags.Contains(name))
                {
                    unknown.Add(name);
                }

                options.Add(new AdminOption(name, inline, word, null));
            }
        }

        var databases = f.Syntax == "4.4"
            ? options.Where(o => o.Name == "--database" && o.Value is not null).Select(DatabaseWord).ToList()
            : f.Verb == "copy" ? positionals.Take(1).ToList() : positionals;
        return new AdminCommand(f.Verb, f.Syntax, words[0], words, options, databases, unknown);
    }

    /// <summary>The value of <c>--database=x</c> as a word of its own, positioned on the value.</summary>
    private static ShellWord DatabaseWord(AdminOption option)
    {
        if (option.ValueWord is { } own)
        {
            return own;
        }

        var positions = option.Word.Positions.Skip(option.ValueOffset).ToList();
        var start = positions.Count > 0 ? positions[0] : option.Word.Start;
        return new ShellWord(option.Value!, positions, start, option.Word.End, option.Word.Symbolic);
    }
}
