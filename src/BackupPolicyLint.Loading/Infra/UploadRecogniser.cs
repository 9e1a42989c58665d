using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Copies off the host (BPL401): <c>aws s3 cp|sync|mv</c>, <c>s3cmd put|sync</c>, <c>gsutil cp|rsync|mv</c>,
/// <c>gcloud storage cp|rsync|mv</c>, <c>az storage blob upload|upload-batch|sync</c>, <c>azcopy copy|sync</c>,
/// <c>rclone copy|sync|move</c>, <c>mc cp|mirror</c>, and <c>scp</c>/<c>rsync</c> to <c>[user@]host:path</c>. The target is
/// the last operand (for az, the container). A target held in a variable the file never sets is an off-site copy of
/// unknown location, typed by the tool (an <c>aws s3</c> target is S3 whatever its value), not "no off-site copy".
/// </summary>
internal static partial class UploadRecogniser
{
    private static readonly Dictionary<string, string[]> CopyVerbs = new(StringComparer.Ordinal)
    {
        ["aws"] = ["cp", "sync", "mv"],
        ["s3cmd"] = ["put", "sync", "cp", "mv"],
        ["gsutil"] = ["cp", "rsync", "mv"],
        ["gcloud"] = ["cp", "rsync", "mv"],
        ["azcopy"] = ["copy", "cp", "sync"],
        ["rclone"] = ["copy", "sync", "move", "copyto", "moveto"],
        ["mc"] = ["cp", "mirror", "mv"],
    };

    /// <summary>Options of these tools that take a value (the next word is not an operand).</summary>
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--storage-class", "--exclude", "--include", "--profile", "--region", "--endpoint-url", "--acl", "--sse-kms-key-id", "--expires", "--cache-control",
        "--content-type", "--metadata", "--grants", "--sse-c", "--sse-c-key", "--cli-read-timeout", "--cli-connect-timeout", "-x", "-e", "--rsh", "--filter",
        "--files-from", "--log-file", "--config", "--transfers", "--bwlimit", "--backup-dir", "-p", "--project", "-z", "-j", "--log-level", "--include-pattern",
        "--exclude-pattern", "-P", "-i", "-o", "-l",
    };

    public static bool Recognise(string program, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (program == "az")
        {
            return Azure(words, context, facts);
        }

        var type = program switch
        {
            "aws" or "s3cmd" or "mc" => "s3",
            "gsutil" or "gcloud" => "gcs",
            "azcopy" => "azure-blob",
            "rclone" or "rsync" or "scp" => "remote-server",
            _ => null,
        };
        if (type is null)
        {
            return false;
        }

        if (CopyVerbs.TryGetValue(program, out var verbs) && !words.Skip(1).Any(w => verbs.Contains(w.Text)))
        {
            return false;
        }

        // "-" is an operand (stdin: `neo4j-admin … --to-stdout | aws s3 cp - s3://…`), not an option.
        var operands = words.Skip(1).Where((w, i) => (!w.Text.StartsWith('-') || w.Text == "-") && !IsOptionValue(words, i + 1) && !(verbs?.Contains(w.Text) ?? false) && w.Text is not ("s3" or "storage")).ToList();
        if (operands.Count < 2)
        {
            return false;
        }

        var target = operands[^1];
        var value = context.Resolve(target.Text)[0];
        var known = Typed(value);
        if (known is not null)
        {
            facts.Uploads.Add((known, value, context.Span(target)));
            return true;
        }

        var remote = program switch
        {
            "rsync" or "scp" => RemotePath().IsMatch(value),
            "rclone" => !value.StartsWith('/') && !value.StartsWith('.') && value.Contains(':', StringComparison.Ordinal),
            "mc" => !value.StartsWith('/') && !value.StartsWith('.') && !value.StartsWith('~') && value.Contains('/', StringComparison.Ordinal),
            _ => false,
        };

        // A target the file never sets: off-site, location unknown. For rsync and cp-like tools only when the whole target is the variable.
        var unknown = ExtractionContext.IsUnknown(value) && (program is not "rsync" || WholeVariable().IsMatch(value));
        if (remote || unknown || program is "aws" or "s3cmd" or "gsutil" or "gcloud" or "azcopy" && !IsLocalPath(value))
        {
            facts.Uploads.Add((type, value, context.Span(target)));
            return true;
        }

        // The source may be the object store (a download): an earlier operand with a URI is still an upload target the old way.
        foreach (var word in operands.Take(operands.Count - 1))
        {
            if (Typed(context.Resolve(word.Text)[0]) is { } earlier)
            {
                facts.Uploads.Add((earlier, context.Resolve(word.Text)[0], context.Span(word)));
                return true;
            }
        }

        return false;
    }

    private static bool IsOptionValue(List<ShellWord> words, int index) =>
        index > 0 && index - 1 < words.Count && ValueOptions.Contains(words[index - 1].Text)
        || index > 0 && words[index - 1].Text == "--sse" && words[index].Text is "AES256" or "aws:kms" or "aws:kms:dsse";

    private static bool IsLocalPath(string value) => value.StartsWith('/') || value.StartsWith('.') || value.StartsWith('~') || !value.Contains('/', StringComparison.Ordinal) && !value.Contains(':', StringComparison.Ordinal);

    private static string? Typed(string target) => target switch
    {
        _ when target.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) => "s3",
        _ when target.StartsWith("gs://", StringComparison.OrdinalIgnoreCase) => "gcs",
        _ when target.StartsWith("azb://", StringComparison.OrdinalIgnoreCase) || target.Contains(".blob.core.windows.net", StringComparison.OrdinalIgnoreCase) => "azure-blob",
        _ => null,
    };

    /// <summary>az storage blob upload|upload-batch|sync, az storage copy: the container (-c/--container-name, -d/--destination) is the target.</summary>
    private static bool Azure(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        var texts = words.Select(w => w.Text).ToList();
        var uploads = texts.Count > 3 && texts[1] == "storage" && (texts[2] == "blob" && texts[3] is "upload" or "upload-batch" or "sync" || texts[2] == "copy");
        if (!uploads)
        {
            return false;
        }

        for (var i = 4; i < words.Count - 1; i++)
        {
            if (texts[i] is "-c" or "--container-name" or "-d" or "--destination" or "--destination-container")
            {
                var container = context.Resolve(words[i + 1].Text)[0];
                facts.Uploads.Add(("azure-blob", Typed(container) is null ? "azure:" + container : container, context.Span(words[i + 1])));
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/?$")]
    private static partial Regex WholeVariable();

    [GeneratedRegex(@"^([^/@\s]+@)?[^/:\s]+:")]
    private static partial Regex RemotePath();
}
