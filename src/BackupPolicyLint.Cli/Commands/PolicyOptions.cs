using System.CommandLine;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Policies;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>The options that choose the policy, shared by check and baseline: pack and rules, config, scripts.</summary>
internal sealed class PolicyOptions
{
    public Option<string[]> Policy { get; } = new("--policy")
    {
        HelpName = "NAME|FILE|DIR",
        Description = "A policy pack for every plan (production, production@2026.11, or a kind: PolicyPack file), or custom rules (a kind: Rule file, a .csx script, or a folder of them). Repeat for several; at most one pack.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Config { get; } = new("--config") { HelpName = "FILE", Description = "The project config (kind: Config). Default: the nearest .bpl.yaml at or above the first PATH, up to the repository root." };
    public Option<bool> NoConfig { get; } = new("--no-config") { Description = "Ignore any .bpl.yaml." };
    public Option<bool> NoScripts { get; } = new("--no-scripts") { Description = "Neither compile nor run C# script rules (.csx)." };

    public Option<bool> AllowUnsafeScripts { get; } = new("--allow-unsafe-scripts")
    {
        Description = "Let C# script rules use any API (files, processes, network, reflection): no compile-time allow-list. Only for scripts you trust.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Policy);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
        command.Options.Add(NoScripts);
        command.Options.Add(AllowUnsafeScripts);
    }

    /// <summary>Fills the policy part of <paramref name="options"/>: the config, the pack and the rule sources.</summary>
    public CheckRequest Apply(ParseResult parse, CheckRequest options, CliIo io)
    {
        var config = LoadConfig(parse, options.Paths[0], io);
        var noScripts = parse.GetValue(NoScripts);
        var allowUnsafe = parse.GetValue(AllowUnsafeScripts);
        var fromConfig = false;
        if (config is { AllowUnsafeScriptApis: true } && !allowUnsafe)
        {
            if (parse.GetValue(Config) is not null && ScriptTrust.IsOutsideCheckedTrees(config.FullPath, options.Paths.Select(p => Path.GetFullPath(p, io.WorkingDirectory))))
            {
                allowUnsafe = fromConfig = true;
            }
            else if (!noScripts)
            {
                io.Error.WriteLine($"bpl: note: scripts.allowUnsafeApis in {config.DisplayPath} is ignored: a config inside the checked repository cannot turn the script guard off; pass --allow-unsafe-scripts, or --config with a file outside it");
            }
        }

        string? pack = null;
        var rules = new List<string>();
        foreach (var value in parse.GetValue(Policy) ?? [])
        {
            if (IsRuleSource(value, io.WorkingDirectory))
            {
                rules.Add(value);
            }
            else if (pack is null)
            {
                pack = value;
            }
            else
            {
                throw new UsageException($"--policy '{pack}' and '{value}' are both policy packs; give at most one (extend one from the other instead)");
            }
        }

        return options with
        {
            Config = config,
            Policy = pack,
            PolicyRuleSources = rules,
            NoScripts = noScripts,
            AllowUnsafeScripts = allowUnsafe,
            UnsafeScriptsOnlyOutsideCheckedTrees = fromConfig,
            ScriptCacheDirectory = Scripting(io),
            CapScriptHeap = io.CapScriptHeap,
            ScriptNotice = parse.GetValue<bool>("--verbose") ? Once(line => io.Error.WriteLine($"bpl: {line}")) : null,
        };
    }

    private ProjectConfig? LoadConfig(ParseResult parse, string firstPath, CliIo io)
    {
        if (parse.GetValue(NoConfig))
        {
            return null;
        }

        string? path;
        if (parse.GetValue(Config) is { } given)
        {
            path = Path.GetFullPath(given, io.WorkingDirectory);
            if (!File.Exists(path))
            {
                throw new UsageException($"--config '{given}' does not exist");
            }
        }
        else
        {
            path = ConfigLoader.Find(Path.GetFullPath(firstPath, io.WorkingDirectory));
        }

        if (path is null)
        {
            return null;
        }

        try
        {
            return ConfigLoader.Load(path, ProjectPolicy.Display(path, io.WorkingDirectory));
        }
        catch (PolicyDocumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>The same notice for every script would repeat one line per script: it is said once.</summary>
    private static Action<string> Once(Action<string> say)
    {
        var said = 0;
        return line =>
        {
            if (Interlocked.Exchange(ref said, 1) == 0)
            {
                say(line);
            }
        };
    }

    /// <summary>A folder, a .csx script or a kind: Rule file is a rule source; anything else is read as a pack.</summary>
    private static bool IsRuleSource(string value, string workingDirectory)
    {
        var full = Path.GetFullPath(value, workingDirectory);
        if (Directory.Exists(full) || full.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!File.Exists(full))
        {
            return false;
        }

        // Only the head, and only of a regular file: a rule source named on the command line may be a FIFO.
        try
        {
            var head = System.Text.Encoding.UTF8.GetString(InputFileReader.ReadHead(full, 8192));
            return head.Split('\n').Take(50).Any(l => l.Trim() == "kind: Rule");
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Scripting(CliIo io)
    {
        var xdg = io.Environment("XDG_CACHE_HOME");
        var home = io.Environment("HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache") : Path.Combine(Path.GetTempPath(), "bpl-cache");
        return Path.Combine(root, "bpl", "scripts");
    }
}
