using System.CommandLine;
using BackupPolicyLint.Cli.Parsing;
using BackupPolicyLint.Loading.Schema;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl schema [KIND] [--output FILE]`: the JSON Schemas bpl validates its inputs with, for editors and other tools.</summary>
internal static class SchemaCommand
{
    /// <summary>Each kind and its schema text; null for a kind that has no schema yet (said so, exit 2).</summary>
    private static readonly (string Kind, Func<string>? Text)[] Kinds =
    [
        ("plan", () => PlanSchema.Text),
        ("config", () => PolicySchemas.Text(PolicySchemas.Config)),
        ("pack", () => PolicySchemas.Text(PolicySchemas.PolicyPack)),
        ("rule", () => PolicySchemas.Text(PolicySchemas.Rule)),
        ("waiver", () => PolicySchemas.Text(PolicySchemas.Waivers)),
        ("inventory", null),
    ];

    public static Command Create(CliIo io)
    {
        var names = Kinds.Select(k => k.Kind).ToArray();
        var kind = new Argument<string>("KIND") { Description = $"Which schema: {string.Join(", ", names)} (default: plan).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "plan" };
        kind.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "plan";
            if (!names.Contains(value, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(value, names) is { } near ? $"; did you mean '{near}'?" : "";
                result.AddError($"schema '{value}' is not one of: {string.Join(", ", names)}{hint}");
            }
        });
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write the schema to FILE (e.g. for an editor's $schema modeline) instead of stdout." };
        var command = new Command("schema", "Print a JSON Schema (draft-07) of bpl's inputs: plan (backup plans), config (.bpl.yaml), pack, rule, waiver.") { kind, output };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(kind) ?? "plan";
            var text = Kinds.Single(k => k.Kind == wanted).Text?.Invoke()
                ?? throw new UsageException($"there is no JSON Schema for {wanted} snapshots yet; bpl checks them as it reads them (docs/inventory.md describes the format)");
            if (parse.GetValue(output) is not { } path)
            {
                io.Out.Write(text);
                return ExitCodes.Clean;
            }

            try
            {
                File.WriteAllText(Path.GetFullPath(path, io.WorkingDirectory), text, new System.Text.UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"cannot write --output '{path}': {ex.Message}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
