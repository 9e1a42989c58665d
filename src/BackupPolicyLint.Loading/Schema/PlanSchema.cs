using System.Reflection;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>The published backup-plan JSON Schema, embedded in the tool and parsed once per process.</summary>
internal static class PlanSchema
{
    private const string ResourceName = "BackupPolicyLint.backup-plan.schema.json";

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<CompiledSchema> Compiled = new(() => CompiledSchema.Compile(SchemaText.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema text as published (what `bpl schema` prints).</summary>
    public static string Text => SchemaText.Value;

    internal static CompiledSchema Instance => Compiled.Value;
}
