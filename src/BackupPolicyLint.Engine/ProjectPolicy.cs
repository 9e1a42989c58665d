using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.CustomRules;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Engine;

/// <summary>
/// Everything a project adds to the built-in policy, loaded before any plan is judged: packs (config routes, extends,
/// pins), custom rules (YAML and, unless --no-scripts, C# scripts), waivers and the inline-suppression rules. A policy
/// file that cannot be used ends the run (exit 2) with its location.
/// </summary>
internal sealed record ProjectPolicy(PolicySelection Selection, IReadOnlyList<PlanRule> CustomRules, IReadOnlyList<Waiver> Waivers, InlineSuppressionRules Inline)
{
    public static ProjectPolicy Build(CheckRequest options)
    {
        try
        {
            return Load(options);
        }
        catch (PolicyDocumentException ex)
        {
            throw new CheckFailureException(CheckFailureKind.InvalidPolicy, ex.Message);
        }
    }

    private static ProjectPolicy Load(CheckRequest options)
    {
        var config = options.Config;
        var (packReference, ruleSources) = SplitPolicyArguments(options);
        var sources = (config?.RuleDirectories ?? []).Concat(ruleSources).ToList();
        var customRules = LoadCustomRules(sources, options);

        var known = RuleCatalog.Ids.Concat(customRules.Select(r => r.Descriptor.Id)).ToHashSet(StringComparer.Ordinal);
        var since = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since, StringComparer.Ordinal);
        var idsByName = RuleCatalog.All.Select(r => r.Descriptor).Concat(customRules.Select(r => r.Descriptor))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var resolver = new PackResolver(known, since, options.WorkingDirectory, idsByName);
        var builtIn = BuiltInPacks.Shipped;

        PolicyPack? forced = null;
        if (packReference is not null)
        {
            forced = BuiltInPacks.IsBuiltInReference(packReference) || File.Exists(Path.GetFullPath(packReference, options.WorkingDirectory))
                ? resolver.Resolve(packReference, options.WorkingDirectory)
                : throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"--policy '{packReference}' is neither a built-in pack ({string.Join(", ", BuiltInPacks.Names)}) nor a file");
        }

        var routes = (config?.Packs ?? [])
            .Select(a => new PackRoute(resolver.Resolve(a.Pack, config!.Directory), a.Environments, a.Labels))
            .ToList();

        PolicyPack WithCustom(PolicyPack pack) => CustomRuleDefaults.Add(pack, customRules);
        var selection = new PolicySelection(
            builtIn.Select(WithCustom).ToList(),
            forced is null ? null : WithCustom(forced),
            routes: routes.Select(r => r with { Pack = WithCustom(r.Pack) }).ToList());

        var ruleIds = WaivableRules(customRules);
        var waivers = (config?.WaiverFiles ?? [])
            .SelectMany(file => WaiverLoader.Load(file, Display(file, options.WorkingDirectory), ruleIds))
            .ToList();
        return new ProjectPolicy(selection, customRules, waivers, config?.InlineSuppressions ?? InlineSuppressionRules.Default);
    }

    /// <summary>Every rule and diagnostic a waiver may name, by id and by name (any case), to its id.</summary>
    private static Dictionary<string, string> WaivableRules(IReadOnlyList<PlanRule> customRules)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in RuleCatalog.All.Concat(customRules).Select(r => r.Descriptor))
        {
            ids[descriptor.Id] = descriptor.Id;
            ids.TryAdd(descriptor.Name, descriptor.Id);
        }

        foreach (var id in DiagnosticIds.All)
        {
            ids[id] = id;
            ids.TryAdd(DiagnosticIds.NameOf(id), id);
        }

        return ids;
    }

    /// <summary>--policy repeats: at most one pack (a built-in name or a kind: PolicyPack file) and any rule files or folders.</summary>
    private static (string? Pack, IReadOnlyList<string> RuleSources) SplitPolicyArguments(CheckRequest options)
    {
        string? pack = options.Policy;
        var rules = new List<string>();
        foreach (var source in options.PolicyRuleSources)
        {
            rules.Add(Path.GetFullPath(source, options.WorkingDirectory));
        }

        return (pack, rules);
    }

    private static List<PlanRule> LoadCustomRules(IReadOnlyList<string> sources, CheckRequest options)
    {
        var rules = new List<PlanRule>();
        var scripts = new List<string>();
        foreach (var file in sources.SelectMany(RuleFiles).Distinct(StringComparer.Ordinal))
        {
            if (file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
            {
                scripts.Add(file);
            }
            else
            {
                rules.Add(DeclarativeRuleLoader.Load(file, Display(file, options.WorkingDirectory)));
            }
        }

        if (scripts.Count > 0 && !options.NoScripts)
        {
            rules.AddRange(ScriptRules.Load(scripts, options));
        }

        var duplicate = rules.GroupBy(r => r.Descriptor.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? rules
            : throw new CheckFailureException(CheckFailureKind.InvalidPolicy, $"custom rule id {duplicate.Key} is declared twice ({string.Join(", ", duplicate.Select(r => r.Descriptor.HelpUri))})");
    }

    /// <summary>A folder's *.yaml, *.yml and *.csx files (recursively, in ordinal order), or the file itself.</summary>
    private static IEnumerable<string> RuleFiles(string source)
    {
        if (File.Exists(source))
        {
            return [source];
        }

        if (!Directory.Exists(source))
        {
            throw new CheckFailureException(CheckFailureKind.MissingInput, $"custom rule folder '{source}' does not exist", source);
        }

        return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".yaml" or ".yml" or ".csx")
            .Order(StringComparer.Ordinal);
    }

    public static string Display(string full, string workingDirectory) => Path.GetRelativePath(workingDirectory, full).Replace('\\', '/');
}
