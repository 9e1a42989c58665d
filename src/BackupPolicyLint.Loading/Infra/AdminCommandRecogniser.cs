using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// neo4j-admin commands (5.x/calendar and 4.4 forms, parsed by <see cref="AdminCommandParser"/>): backup, dump and copy
/// become jobs; check is a consistency-check step; restore and load over an existing database are overwriting restores.
/// Databases are expanded as the shell would (<c>"$db"</c> in a loop gives one job per value's field).
/// </summary>
internal static class AdminCommandRecogniser
{
    public static void Recognise(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (AdminCommandParser.Parse(words) is not { } admin)
        {
            return;
        }

        var span = context.Span(admin.Program, admin.Last);
        var text = string.Join(' ', words.Select(w => w.Text));
        var step = new ScriptStep(ShellCommandExtractor.Shorten(text), span, context.Source);
        switch (admin.Verb)
        {
            case "check":
                facts.ConsistencyChecks.Add(step);
                return;
            case "backup" when admin.Syntax == "4.4" && admin.Option("--check-consistency")?.Flag != false:
                // 4.4 checked every backup unless told not to.
                facts.ConsistencyChecks.Add(step);
                break;
            case "restore" or "load" when admin.Option("--overwrite-destination")?.Flag == true || admin.Syntax == "4.4" && admin.Option("--force")?.Flag == true:
                facts.OverwritingRestores.Add(step);
                break;
        }

        // Only what writes a copy of a database becomes a job (the plan format's commands); restore, load, check,
        // aggregate and inspect are steps, and backup --inspect-path only reads.
        if (admin.Verb is not ("backup" or "dump" or "copy") || admin.Verb == "backup" && admin.Has("--inspect-path"))
        {
            return;
        }

        var databases = new List<(string, SourceSpan)>();
        foreach (var word in admin.Databases)
        {
            foreach (var name in context.Fields(word))
            {
                databases.Add((name, context.Span(word)));
            }
        }

        var destinationOption = admin.Verb switch
        {
            "backup" => admin.Option("--to-path", "--backup-dir"),
            "dump" => admin.Option("--to-path", "--to"),
            "copy" => admin.Option("--to-path-data", "--target-location"),
            _ => null,
        };
        (string, SourceSpan)? destination = null;
        if (destinationOption is { Value: { } path })
        {
            destination = (context.Resolve(path)[0], ValueSpan(destinationOption, context));
        }
        else if (admin.Verb == "dump" && admin.Syntax == "5" && !admin.Has("--to-stdout"))
        {
            // The documented default: server.directories.dumps.root, data/dumps inside the data directory.
            destination = ("data/dumps", span);
        }

        var from = admin.Option("--from") is { Value: { } sources } fromOption
            ? sources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(context.Resolve).Select(a => (a, ValueSpan(fromOption, context))).ToList()
            : [];

        // A backup that pulls from other hosts runs on a backup client: there /data or a relative data/ is its own disk (a
        // backup container's volume), not the DBMS's; only a mount known to hold Neo4j's data, or Neo4j's home, says otherwise.
        var client = admin.Verb == "backup" && from.Count > 0 && from.All(f => !Model.HostNames.IsLoopback(Model.HostNames.HostOf(f.Item1)));
        facts.Jobs.Add(ExtractedJob.Found(context, admin.Verb, span, text, databases, destination) with
        {
            DestinationOnDataVolume = destination is { } d && ShellCommandExtractor.IsOnDataVolume(d.Item1, context.DataMounts, imagePaths: !client),
            Admin = admin,
            From = from,
            Type = Text(admin.Option("--type"), context),
            IncludeMetadata = Text(admin.Option("--include-metadata"), context),
            TempPath = Text(admin.Option("--temp-path"), context),
            RemoteAddressResolution = Flag(admin.Option("--remote-address-resolution"), context),
            Compress = Flag(admin.Option("--compress"), context),
        });
    }

    private static SourceSpan ValueSpan(AdminOption option, ExtractionContext context)
    {
        var at = option.ValueAt;
        var start = at.At(option.ValueOffset);
        return new SourceSpan(context.File, start.Line, start.Column, at.End.Line, at.End.Column);
    }

    private static (string, SourceSpan)? Text(AdminOption? option, ExtractionContext context) =>
        option is { Value: { } value } ? (context.Resolve(value)[0], ValueSpan(option, context)) : null;

    private static (bool, SourceSpan)? Flag(AdminOption? option, ExtractionContext context) =>
        option?.Flag is { } flag ? (flag, context.Span(option.Word)) : null;
}
