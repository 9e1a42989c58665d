using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// A backup-related command found in an infrastructure file, before it becomes a plan job: the neo4j-admin command, or
/// a store copied by hand (<c>cp</c>/<c>rsync</c>/<c>tar</c> of <c>data/databases</c> or <c>data/transactions</c>), with
/// who runs it and when.
/// </summary>
internal sealed record ExtractedJob
{
    public required string File { get; init; }
    public required SourceKind Source { get; init; }

    /// <summary>backup, dump, load, restore, copy, check, aggregate, inspect, or filesystem-copy.</summary>
    public required string Command { get; init; }

    /// <summary>Where the command starts (the neo4j-admin or cp word) and ends.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The command's words as written, for messages.</summary>
    public required string Text { get; init; }

    public AdminCommand? Admin { get; init; }

    /// <summary>For a store copied by hand: the tool (cp, rsync, tar, …).</summary>
    public string? CopyTool { get; init; }

    /// <summary>Databases with their spans (variables resolved where the file assigns them); empty means the command's default.</summary>
    public IReadOnlyList<(string Name, SourceSpan Span)> Databases { get; init; } = [];

    /// <summary>The destination (a path or URI, variables resolved where known) and where it is written.</summary>
    public (string Path, SourceSpan Span)? Destination { get; init; }

    /// <summary>True when the destination is inside the Neo4j data directory or on the data volume.</summary>
    public bool DestinationOnDataVolume { get; init; }

    public (string User, SourceSpan Span)? RunAs { get; init; }

    /// <summary>Backup sources (<c>--from</c>, split at commas), each located.</summary>
    public IReadOnlyList<(string Address, SourceSpan Span)> From { get; init; } = [];

    public (string Value, SourceSpan Span)? Type { get; init; }

    public (string Value, SourceSpan Span)? IncludeMetadata { get; init; }

    public (bool Value, SourceSpan Span)? RemoteAddressResolution { get; init; }

    public (bool Value, SourceSpan Span)? Compress { get; init; }

    public (string Value, SourceSpan Span)? TempPath { get; init; }

    public (string Cron, SourceSpan Span)? Schedule { get; init; }

    /// <summary>A job found by a recogniser: located in <paramref name="context"/>'s file, run by its user on its schedule.</summary>
    internal static ExtractedJob Found(
        ExtractionContext context, string command, SourceSpan span, string text, List<(string, SourceSpan)> databases, (string Path, SourceSpan Span)? destination) => new()
    {
        File = context.File,
        Source = context.Source,
        Command = command,
        Span = span,
        Text = text,
        Databases = databases,
        Destination = destination,
        DestinationOnDataVolume = destination is { } d && ShellCommandExtractor.IsOnDataVolume(d.Path, context.DataMounts),
        RunAs = context.RunAs,
        Schedule = context.Schedule,
    };
}
