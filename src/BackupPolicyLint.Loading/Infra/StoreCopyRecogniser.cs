using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Store files copied by hand (BPL206): <c>cp</c>, <c>rsync</c>, <c>scp</c>, <c>tar</c> (creating), <c>zip</c> and
/// <c>dd</c> whose source is a Neo4j data directory or a store inside it — <c>/var/lib/neo4j/data</c>,
/// <c>$NEO4J_HOME/data</c>, <c>/data</c> (the Docker image, and a named volume mounted there), a relative <c>data</c>, a
/// <c>…/neo4j…/data</c> folder, or any <c>data/databases</c> / <c>data/transactions</c> path. What neo4j-admin wrote
/// (<c>data/dumps</c>, <c>*.dump</c>, backups) is not a store. Copies of the certificates folder are noted for BPL602.
/// </summary>
internal static partial class StoreCopyRecogniser
{
    private static readonly HashSet<string> RsyncValueOptions = new(StringComparer.Ordinal)
    {
        "-e", "--rsh", "--exclude", "--include", "--filter", "-f", "--files-from", "--exclude-from", "--include-from", "--log-file", "--chmod", "--chown", "--bwlimit", "--link-dest", "--compare-dest", "--backup-dir", "--rsync-path", "--timeout", "--partial-dir", "--temp-dir", "-T",
    };

    public static bool Recognise(string program, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (program is not ("cp" or "rsync" or "tar" or "scp" or "dd" or "mv" or "zip"))
        {
            return false;
        }

        var span = context.Span(words[0], words[^1]);
        if (words.Skip(1).Any(w => w.Text.Contains("certificates", StringComparison.Ordinal)))
        {
            facts.CertificateCopies.Add(ShellCommandExtractor.Step(words, context));
        }

        if (program == "mv" || Operands(program, words) is not { } operands)
        {
            return false;
        }

        // A bare relative "data" is a store only where the file says where it is: after cd or tar -C to a known directory,
        // or in a file that stops or starts Neo4j on this host; elsewhere it may be any project's data folder.
        var directory = operands.Directory ?? context.WorkingDirectory;
        var sources = operands.Sources.Select(w => (Word: w, Path: context.Resolve(w.Text)[0]))
            .Where(x => IsStore(x.Path, directory, relativeDataCounts: directory is not null || facts.ControlsNeo4jHere is not null)).ToList();
        if (sources.Count == 0)
        {
            // Not a store: a copy of a dump or backup folder may still be an upload (rsync/scp to a host).
            return false;
        }

        var databases = sources.Select(s => DatabaseOf(s.Path))
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, context.Span(sources[0].Word)))
            .ToList();
        (string, SourceSpan)? destination = operands.Destination is { } d ? (context.Resolve(d.Text)[0], context.Span(d)) : null;
        var text = string.Join(' ', words.Select(w => w.Text));
        facts.Jobs.Add(ExtractedJob.Found(context, "filesystem-copy", span, text, databases, destination) with { CopyTool = program });
        return false;
    }

    private sealed record CopyOperands(List<ShellWord> Sources, ShellWord? Destination, string? Directory);

    /// <summary>Sources and destination of the copy; null for a tar that does not create an archive (extract, list).</summary>
    private static CopyOperands? Operands(string program, List<ShellWord> words)
    {
        switch (program)
        {
            case "tar":
                return Tar(words);
            case "dd":
                var input = words.FirstOrDefault(w => w.Text.StartsWith("if=", StringComparison.Ordinal));
                var output = words.FirstOrDefault(w => w.Text.StartsWith("of=", StringComparison.Ordinal));
                return new CopyOperands(input is null ? [] : [Value(input, 3)], output is null ? null : Value(output, 3), null);
            case "zip":
                var zipArgs = Positionals(words, []);
                return zipArgs.Count < 2 ? null : new CopyOperands(zipArgs.Skip(1).ToList(), zipArgs[0], null);
            default:
                var args = Positionals(words, program == "rsync" ? RsyncValueOptions : []);
                return args.Count < 2 ? null : new CopyOperands(args.Take(args.Count - 1).ToList(), args[^1], null);
        }
    }

    private static List<ShellWord> Positionals(List<ShellWord> words, HashSet<string> valueOptions)
    {
        var result = new List<ShellWord>();
        for (var i = 1; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (text.StartsWith('-') && text.Length > 1)
            {
                if (valueOptions.Contains(text))
                {
                    i++;
                }

                continue;
            }

            result.Add(words[i]);
        }

        return result;
    }

    /// <summary>tar in create mode: its -f archive, -C directory and the paths it archives.</summary>
    private static CopyOperands? Tar(List<ShellWord> words)
    {
        ShellWord? archive = null;
        string? directory = null;
        var creates = false;
        var sources = new List<ShellWord>();
        for (var i = 1; i < words.Count; i++)
        {
            var text = words[i].Text;
            var cluster = text.StartsWith('-') && !text.StartsWith("--", StringComparison.Ordinal) || i == 1 && !text.StartsWith('-') && text.All(char.IsAsciiLetter);
            if (text.StartsWith("--file=", StringComparison.Ordinal))
            {
                archive = Value(words[i], 7);
            }
            else if (text == "--create")
            {
                creates = true;
            }
            else if (text is "--directory" or "-C" && i + 1 < words.Count)
            {
                directory = words[++i].Text;
            }
            else if (cluster)
            {
                creates |= text.Contains('c', StringComparison.Ordinal);
                if (text.Contains('x', StringComparison.Ordinal) || text.Contains('t', StringComparison.Ordinal))
                {
                    return null;
                }

                if (text.EndsWith('f') && i + 1 < words.Count)
                {
                    archive = words[++i];
                }
            }
            else if (text == "--file" && i + 1 < words.Count)
            {
                archive = words[++i];
            }
            else if (!text.StartsWith('-'))
            {
                sources.Add(words[i]);
            }
        }

        return creates ? new CopyOperands(sources, archive, directory) : null;
    }

    private static ShellWord Value(ShellWord word, int offset) => word with { Text = word.Text[offset..], Positions = word.Positions.Skip(offset).ToList() };

    /// <summary>A Neo4j data directory, or a store or transaction log folder inside one; never what neo4j-admin wrote.</summary>
    private static bool IsStore(string path, string? directory, bool relativeDataCounts)
    {
        var relative = !path.StartsWith('/') && !path.StartsWith('$');
        var p = directory is not null && relative ? directory.TrimEnd('/') + "/" + path : path;
        p = p.TrimEnd('/');
        if (p.EndsWith(".dump", StringComparison.Ordinal) || p.EndsWith(".backup", StringComparison.Ordinal) || p.EndsWith(".gz", StringComparison.Ordinal)
            || p.EndsWith(".tar", StringComparison.Ordinal) || p.EndsWith(".zip", StringComparison.Ordinal))
        {
            return false;
        }

        if (StorePath().IsMatch(p))
        {
            return true;
        }

        if (relative && directory is null && !relativeDataCounts && !p.Contains("neo4j", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return DataDirectory().Match(p) is { Success: true } match && match.Groups["inside"].Value is "" or "databases" or "transactions" or "graph.db" or "cluster-state" or "dbms";
    }

    private static string DatabaseOf(string path)
    {
        var match = StorePath().Match(path);
        return match.Success && match.Groups[1].Success && !match.Groups[1].Value.Contains('*', StringComparison.Ordinal) ? match.Groups[1].Value : "*";
    }

    [GeneratedRegex(@"(?:^|/)data/(?:databases|transactions)(?:/([^/\s]+))?")]
    private static partial Regex StorePath();

    [GeneratedRegex(@"^(?:/data|/var/lib/neo4j/data|\$\{?NEO4J_HOME\}?/data|(?:\./)?data|.*/neo4j[^/]*/data|(?:\./)?neo4j[^/]*/data)(?:/(?<inside>[^/]*).*)?$")]
    private static partial Regex DataDirectory();
}
