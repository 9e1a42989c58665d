using System.CommandLine;
using BackupPolicyLint.Cli.Parsing;
using BackupPolicyLint.Cli.RuleListing;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Rules.BuiltIn;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl rules list`, `bpl rules explain ID` and `bpl rules docs`: the diagnostics and built-in rules, and the project's custom rules (YAML and .csx).</summary>
internal static class RulesCommand
{
    private static readonly string[] ListFormats = ["text", "json"];

    public static Command Create(CliIo io)
    {
        var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnly(ListFormats);
        var listPolicy = new PolicyOptions();
        var list = new Command("list", "List every rule — built-in, then the custom rules of the config (or --policy) — with its category, inputs and default severities (production/staging/development).") { format };
        listPolicy.AddTo(list);
        list.SetAction(parse =>
        {
            var rules = AllRules(parse, listPolicy, io);
            if (parse.GetValue(format) == "json")
            {
                RuleJson.Write(rules, io.Out);
            }
            else
            {
                RuleTable.Write(rules, io.Out);
            }

            return ExitCodes.Clean;
        });

        var id = new Argument<string>("ID") { Description = "A rule id (BPL101) or name (system-database-not-covered), built-in or custom." };
        var explainPolicy = new PolicyOptions();
        var explain = new Command("explain", "Print a rule's documentation page (a custom rule's: its declaration).") { id };
        explainPolicy.AddTo(explain);
        explain.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var docId = RuleCatalog.FindDescriptor(wanted)?.Id ?? wanted.ToUpperInvariant();
            if (RuleDocs.Page(docId) is { } page)
            {
                io.Out.Write(page);
                return ExitCodes.Clean;
            }

            var custom = AllRules(parse, explainPolicy, io).FirstOrDefault(r => r.Source is not null
                && (string.Equals(r.Descriptor.Id, wanted, StringComparison.OrdinalIgnoreCase) || r.Descriptor.Name == wanted));
            if (custom is null)
            {
                throw new UsageException($"no rule or diagnostic '{wanted}'; `bpl rules list` shows them all");
            }

            io.Out.Write(CustomRulePage.For(custom, io.WorkingDirectory));
            return ExitCodes.Clean;
        });

        return new Command("rules", "Inspect the rules: built-in, and the project's custom rules.") { list, explain, DocsCommand(io) };
    }

    /// <summary>
    /// `bpl rules docs --output docs/rules --packs policies`: the rule docs that repeat the catalogue and the built-in
    /// packs' YAML, written from the descriptors.
    /// </summary>
    private static Command DocsCommand(CliIo io)
    {
        var output = new Option<string>("--output", "-o") { HelpName = "FOLDER", Description = "The folder of the rule pages (docs/rules).", Required = true };
        var packs = new Option<string?>("--packs") { HelpName = "FOLDER", Description = "Also write the built-in packs (production.yaml, staging.yaml, development.yaml) into this folder (policies)." };
        var docs = new Command("docs", "Write the rule docs from the catalogue: the index's tables, each page's title and header table, the control matrix (controls.md) and new rules in shipped.txt; hand-written prose is kept. With --packs, the built-in packs too.") { output, packs };
        docs.SetAction(parse =>
        {
            var given = parse.GetValue(output)!;
            var folder = Path.GetFullPath(given, io.WorkingDirectory);
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"no folder '{given}': --output names the folder of the rule pages (docs/rules)");
            }

            var packsGiven = parse.GetValue(packs);
            var packsFolder = packsGiven is null ? null : Path.GetFullPath(packsGiven, io.WorkingDirectory);
            if (packsFolder is not null && !Directory.Exists(packsFolder))
            {
                throw new UsageException($"no folder '{packsGiven}': --packs names the folder of the built-in packs (policies)");
            }

            var written = RuleDocsGenerator.Write(RuleCatalog.Descriptors, folder).Select(name => Path.Combine(given, name))
                .Concat(packsFolder is null ? [] : BuiltInPackFiles.Write(RuleCatalog.Descriptors, packsFolder).Select(name => Path.Combine(packsGiven!, name)))
                .ToList();
            foreach (var path in written)
            {
                io.Out.WriteLine($"wrote {path.Replace('\\', '/')}");
            }

            io.Out.WriteLine(written.Count == 0 ? "the rule docs are up to date" : $"{written.Count} {(written.Count == 1 ? "file" : "files")} written");
            return ExitCodes.Clean;
        });
        return docs;
    }

    /// <summary>The diagnostics and built-in rules, then the custom rules the config (found from the working directory) or --policy adds.</summary>
    private static IReadOnlyList<ListedRule> AllRules(ParseResult parse, PolicyOptions policy, CliIo io)
    {
        var options = policy.Apply(parse, new CheckRequest { Paths = ["."], WorkingDirectory = io.WorkingDirectory, Now = DateTimeOffset.UtcNow, Progress = io.Progress }, io);
        var custom = ProjectPolicy.Build(options).CustomRules;
        return
        [
            .. RuleCatalog.Descriptors.Select(d => new ListedRule(d, null)),
            .. custom.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).Select(r => new ListedRule(r.Descriptor, r.Descriptor.HelpUri)),
        ];
    }
}
