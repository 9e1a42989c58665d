using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// docker-compose services: image, command and entrypoint, environment and env_file, user, volumes, with YAML merge
/// keys (<c>&lt;&lt;: *shared</c>) applied to a service and its environment. <c>${VAR}</c> and
/// <c>${VAR:-default}</c> are replaced from the <c>.env</c> beside the compose file, as compose does. A variable the
/// <c>.env</c> does not set stays unknown, default or not (the shell that runs compose may set it): an image tag, a
/// user, a setting's value.
/// </summary>
internal static partial class ComposeReader
{
    public static void Read(DocNode services, List<string> lines, string? fullPath, InfraFileFacts facts)
    {
        var directory = fullPath is null ? null : Path.GetDirectoryName(fullPath);
        var dotEnv = directory is null ? [] : EnvFileReader.Read(Path.Combine(directory, ".env"), EnvFileReader.DisplayPath(facts.File, ".env"))
            .GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        string Interpolate(string text) => Variable().Replace(text, m => dotEnv.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

        foreach (var service in services.Entries.Select(e => ManifestNodes.Merged(e.Value)).Where(s => s.IsMapping))
        {
            var image = service.Get("image") is { Text: { } written } imageNode ? Interpolate(written) : null;
            if (image is not null)
            {
                ImageTags.Read(image, service.Get("image")!.Span, facts);
            }

            var mounts = ManifestNodes.Items(service.Get("volumes"))
                .Select(v => v.Text?.Split(':') ?? [])
                .Where(parts => parts.Length >= 2 && (ManifestNodes.IsDataName(parts[0].Trim('.', '/')) || parts[1] == "/data"))
                .Select(parts => parts[1])
                .ToList();
            var userNode = service.Get("user");
            var context = new ExtractionContext
            {
                File = facts.File,
                Source = SourceKind.Manifest,
                // `entrypoint` replaces the image's entrypoint, `command` is passed to it; a user from variables is unknown.
                RunAs = userNode is not null ? ManifestNodes.User(userNode) : ManifestNodes.ImageDefaultUser(image, service.Entry("entrypoint"), service.Entry("command")),
                DataMounts = mounts,
            };

            var variables = new List<(string Name, string Value, SourceSpan Span)>();
            foreach (var envFile in EnvFiles(service.Get("env_file")))
            {
                if (directory is not null && !Path.IsPathRooted(envFile))
                {
                    variables.AddRange(EnvFileReader.Read(Path.Combine(directory, envFile), EnvFileReader.DisplayPath(facts.File, envFile)));
                }
            }

            if (service.Get("environment") is { } environment)
            {
                variables.AddRange(Environment(ManifestNodes.Merged(environment)));
            }

            NeoEnvironment.Read(variables.Select(v => (v.Name, Interpolate(v.Value), v.Span)), facts, context);

            var words = new List<ShellWord>();
            foreach (var key in new[] { "entrypoint", "command" })
            {
                var node = service.Get(key);
                if (node is { IsSequence: true })
                {
                    words.AddRange(node.Items.Where(n => n.Text is not null).Select(n => ScalarPositions.Word(n, lines)));
                }
                else if (node is { Text: not null })
                {
                    words.AddRange(ShellTokenizer.Tokenize(node.Value, ScalarPositions.Of(node, lines)).SelectMany(c => c.Words));
                }
            }

            if (words.Count > 0)
            {
                ShellCommandExtractor.Extract([new ShellCommand(words, "")], context, facts);
            }
        }
    }

    /// <summary>A path relative to the compose file, as displayed (the compose file's folder, forward slashes).</summary>

    /// <summary><c>env_file: x</c>, <c>env_file: [x, y]</c>, or <c>env_file: [{path: x}]</c> (compose 2.24+).</summary>
    private static IEnumerable<string> EnvFiles(DocNode? node) =>
        node is { Text: { } one } ? [one]
        : ManifestNodes.Items(node).Select(i => i.Text ?? i.Get("path")?.Text).OfType<string>();

    private static IEnumerable<(string Name, string Value, SourceSpan Span)> Environment(DocNode environment)
    {
        if (environment.IsMapping)
        {
            foreach (var entry in environment.Entries)
            {
                if (entry.Value.Text is { } value)
                {
                    yield return (entry.Key.Value, value, entry.Key.Span with { EndLine = entry.Value.Span.EndLine, EndColumn = entry.Value.Span.EndColumn });
                }
            }
        }
        else
        {
            foreach (var item in ManifestNodes.Items(environment))
            {
                if (item.Text is { } text && text.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
                {
                    yield return (text[..equals], text[(equals + 1)..], item.Span);
                }
            }
        }
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}")]
    private static partial Regex Variable();
}
