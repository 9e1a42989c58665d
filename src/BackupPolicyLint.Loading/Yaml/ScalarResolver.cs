using System.Text.RegularExpressions;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// The YAML 1.2 core schema for plain scalars. YAML 1.1 words like yes/on/no stay strings, as in YAML 1.2.
/// </summary>
internal static partial class ScalarResolver
{
    public static ScalarKind Resolve(string value) => value switch
    {
        // Most plain scalars are names: anything starting with a letter other than those of null/true/false is a string.
        [var first, ..] when char.IsAsciiLetter(first) && first is not ('n' or 'N' or 't' or 'T' or 'f' or 'F') => ScalarKind.String,
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
        _ when IntPattern().IsMatch(value) => ScalarKind.Int,
        _ when FloatPattern().IsMatch(value) => ScalarKind.Float,
        _ => ScalarKind.String,
    };

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
