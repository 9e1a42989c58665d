using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// The layers that run a command somewhere else: docker/podman exec and run, docker compose exec and run, kubectl/oc exec
/// and ssh. <c>docker exec</c> and <c>docker compose exec</c> run as the image's user, root in Neo4j's images (no USER line),
/// unless <c>-u</c>; <c>docker run --entrypoint</c> of a neo4j image skips the entrypoint that drops to neo4j (root); through the
/// entrypoint, in a pod or over ssh without a user the user is unknown.
/// </summary>
internal static class RemoteCommandUnwrapper
{
    private static readonly HashSet<string> DockerRunValueOptions = new(StringComparer.Ordinal)
    {
        "-v", "--volume", "-e", "--env", "--env-file", "--name", "-u", "--user", "-w", "--workdir", "--entrypoint", "--network", "--net", "-p", "--publish",
        "--mount", "--volumes-from", "-m", "--memory", "--cpus", "-h", "--hostname", "--add-host", "-l", "--label", "--restart", "--log-driver", "--log-opt",
        "--platform", "--pull", "--group-add", "--cap-add", "--cap-drop", "--device", "--ulimit", "--shm-size", "--tmpfs", "--ipc", "--pid", "--dns", "--link",
        "--security-opt", "--stop-signal", "--cidfile", "--label-file", "--expose", "--gpus", "--runtime", "--userns", "--uts", "--cgroupns", "--health-cmd",
    };

    private static readonly HashSet<string> ExecValueOptions = new(StringComparer.Ordinal)
    {
        "-u", "--user", "-e", "--env", "--env-file", "-w", "--workdir", "--detach-keys", "--index",
    };

    private static readonly HashSet<string> ComposeGlobalValueOptions = new(StringComparer.Ordinal)
    {
        "-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory", "--ansi", "--parallel", "--progress",
    };

    private static readonly HashSet<string> KubectlValueOptions = new(StringComparer.Ordinal)
    {
        "-n", "--namespace", "-c", "--container", "--context", "--kubeconfig", "--cluster", "--user", "-f", "--filename", "--pod-running-timeout", "-s", "--server",
    };

    private static readonly HashSet<string> SshValueOptions = new(StringComparer.Ordinal)
    {
        "-i", "-p", "-l", "-o", "-F", "-J", "-b", "-c", "-D", "-E", "-e", "-I", "-L", "-m", "-O", "-Q", "-R", "-S", "-W", "-w", "-B",
    };

    public static CommandLayer? Container(List<ShellWord> words, ExtractionContext context)
    {
        var i = 1;
        var compose = CommandUnwrapper.ProgramName(words[0].Text) == "docker-compose";
        if (!compose && i < words.Count && words[i].Text == "compose")
        {
            compose = true;
            i++;
        }

        if (compose)
        {
            i = SkipOptions(words, i, ComposeGlobalValueOptions);
        }
        else if (i < words.Count && words[i].Text == "container")
        {
            i++;
        }

        if (i >= words.Count)
        {
            return null;
        }

        var verb = words[i].Text;
        var verbWord = words[i];
        if (verb is not ("exec" or "run"))
        {
            return null;
        }

        var options = new Dictionary<string, ShellWord>(StringComparer.Ordinal);
        var environment = new List<(string Option, ShellWord Value)>();
        var valueOptions = verb == "run" ? DockerRunValueOptions : ExecValueOptions;
        i++;
        for (; i < words.Count && words[i].Text.StartsWith('-') && words[i].Text != "--"; i++)
        {
            var text = words[i].Text;
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var option = equals > 0 ? text[..equals] : text;
            ShellWord? value = null;
            if (equals > 0)
            {
                value = words[i] with { Text = text[(equals + 1)..], Positions = words[i].Positions.Skip(equals + 1).ToList() };
            }
            else if (valueOptions.Contains(option) && i + 1 < words.Count)
            {
                value = words[++i];
            }

            if (value is not null)
            {
                options[option] = value;
                if (option is "-e" or "--env" or "--env-file")
                {
                    environment.Add((option, value));
                }
            }
        }

        // The container, service or image, then the command it runs.
        if (i < words.Count && words[i].Text == "--")
        {
            i++;
        }

        if (i >= words.Count)
        {
            return null;
        }

        var target = words[i];
        var inner = words.Skip(i + 1).ToList();
        var entrypoint = verb == "run" ? options.GetValueOrDefault("--entrypoint") : null;
        if (entrypoint is not null)
        {
            inner.Insert(0, entrypoint);
        }

        var userWord = options.GetValueOrDefault("-u") ?? options.GetValueOrDefault("--user");
        if (userWord is not null)
        {
            return CommandUnwrapper.Switch(CommandUnwrapper.UserOf(userWord.Text), context.Span(userWord), inner) with { Elsewhere = true };
        }

        if (verb == "exec")
        {
            // No USER line in Neo4j's images: exec runs as root.
            return new CommandLayer(inner, UserChange.Known, ("root", context.Span(words[0], verbWord))) { Elsewhere = true };
        }

        // Through the image's entrypoint, a Neo4j container turns NEO4J_* variables into settings (exec has no entrypoint).
        var settings = verb == "run" && entrypoint is null && !compose && target.Text.Contains("neo4j", StringComparison.OrdinalIgnoreCase)
            ? Environment(environment, context)
            : [];
        if (entrypoint is not null && !compose && target.Text.Contains("neo4j", StringComparison.OrdinalIgnoreCase))
        {
            // The image's entrypoint (which drops to neo4j) is replaced: the command runs as the image's user, root in Neo4j's images.
            var entrypointSpan = context.Span(words.First(w => w.Text.StartsWith("--entrypoint", StringComparison.Ordinal)), entrypoint);
            return new CommandLayer(inner, UserChange.Known, ("root", entrypointSpan)) { Elsewhere = true };
        }

        return new CommandLayer(inner, UserChange.Unknown) { Elsewhere = true, Environment = settings };
    }

    /// <summary>
    /// <c>-e NAME=value</c> as written, and the <c>NAME=value</c> lines of an <c>--env-file</c> (relative to the script's
    /// folder, where it is most often run from); an option bpl cannot resolve (a variable, <c>-e NAME</c> passed through
    /// from the caller's environment) gives nothing.
    /// </summary>
    private static List<(string Name, string Value, SourceSpan Span)> Environment(List<(string Option, ShellWord Value)> options, ExtractionContext context)
    {
        var variables = new List<(string, string, SourceSpan)>();
        foreach (var (option, word) in options)
        {
            if (ExtractionContext.IsUnknown(word.Text))
            {
                continue;
            }

            if (option != "--env-file")
            {
                if (word.Text.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
                {
                    variables.Add((word.Text[..equals], word.Text[(equals + 1)..], context.Span(word)));
                }

                continue;
            }

            if (context.Folder is { } folder && !Path.IsPathRooted(word.Text))
            {
                variables.AddRange(EnvFileReader.Read(Path.Combine(folder, word.Text), EnvFileReader.DisplayPath(context.File, word.Text)));
            }
        }

        return variables;
    }

    public static CommandLayer? Kubectl(List<ShellWord> words)
    {
        var exec = words.FindIndex(w => w.Text == "exec");
        if (exec < 0)
        {
            return null;
        }

        var dashes = words.FindIndex(exec, w => w.Text == "--");
        List<ShellWord> inner;
        if (dashes >= 0)
        {
            inner = words.Skip(dashes + 1).ToList();
        }
        else
        {
            // The old form without "--": kubectl exec POD COMMAND…
            var i = SkipOptions(words, exec + 1, KubectlValueOptions);
            inner = words.Skip(i + 1).ToList();
        }

        return new CommandLayer(inner, UserChange.Unknown) { Elsewhere = true };
    }

    /// <summary>ssh [options] [user@]host [command…]: the remote user when it is written, the command or the here-document as a script.</summary>
    public static CommandLayer? Ssh(List<ShellWord> words, ExtractionContext context, IReadOnlyList<ShellWord> hereDocuments)
    {
        var i = SkipOptions(words, 1, SshValueOptions);
        if (i >= words.Count)
        {
            return null;
        }

        var host = words[i];
        var inner = words.Skip(i + 1).ToList();
        var at = host.Text.IndexOf('@', StringComparison.Ordinal);
        var layer = (at > 0 ? CommandUnwrapper.Switch(CommandUnwrapper.UserOf(host.Text[..at]), context.Span(host), inner) : new CommandLayer(inner, UserChange.Unknown)) with { Elsewhere = true };
        if (inner.Count == 1)
        {
            return layer with { Inner = [], Script = inner[0] };
        }

        return inner.Count == 0 && hereDocuments.Count > 0 ? layer with { Script = hereDocuments[0] } : layer;
    }

    private static int SkipOptions(List<ShellWord> words, int i, HashSet<string> valueOptions)
    {
        for (; i < words.Count && words[i].Text.StartsWith('-') && words[i].Text != "--"; i++)
        {
            if (valueOptions.Contains(words[i].Text) && i + 1 < words.Count)
            {
                i++;
            }
        }

        return i;
    }
}
