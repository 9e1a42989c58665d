using System.Collections.Concurrent;
using System.Reflection;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>The schemas of the policy documents (Config, PolicyPack, Rule, Waivers), embedded and parsed once each.</summary>
internal static class PolicySchemas
{
    public const string Config = "config";
    public const string PolicyPack = "policy-pack";
    public const string Rule = "rule";
    public const string Waivers = "waivers";

    private static readonly ConcurrentDictionary<string, Lazy<CompiledSchema>> Parsed = new(StringComparer.Ordinal);

    internal static CompiledSchema For(string name) => Parsed.GetOrAdd(name, key => new Lazy<CompiledSchema>(
        () => CompiledSchema.Compile(Text(key)),
        LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public static string Text(string name)
    {
        var resource = $"BackupPolicyLint.Schemas.{name}.schema.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
