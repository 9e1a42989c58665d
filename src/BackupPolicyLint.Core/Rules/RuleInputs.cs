namespace BackupPolicyLint.Rules;

/// <summary>The inputs a rule judges (rules.md "inputs": P C S I A).</summary>
[Flags]
internal enum RuleInputs
{
    None = 0,
    Plan = 1,
    Config = 2,
    Scripts = 4,
    Inventory = 8,
    Artifacts = 16,
}

internal static class RuleInputNames
{
    /// <summary>The catalogue's letters, e.g. "P S I".</summary>
    public static string ToLetters(this RuleInputs inputs)
    {
        var letters = new List<string>();
        if (inputs.HasFlag(RuleInputs.Plan)) letters.Add("P");
        if (inputs.HasFlag(RuleInputs.Config)) letters.Add("C");
        if (inputs.HasFlag(RuleInputs.Scripts)) letters.Add("S");
        if (inputs.HasFlag(RuleInputs.Inventory)) letters.Add("I");
        if (inputs.HasFlag(RuleInputs.Artifacts)) letters.Add("A");
        return string.Join(' ', letters);
    }
}
