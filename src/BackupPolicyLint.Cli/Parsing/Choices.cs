using System.CommandLine;

namespace BackupPolicyLint.Cli.Parsing;

/// <summary>Options that take one of a fixed set of values, refused in one line that names them all.</summary>
internal static class Choices
{
    /// <summary>
    /// Like System.CommandLine's AcceptOnlyFromAmong (the help still shows &lt;a|b|c&gt;), but the error is one line:
    /// "--fail-on 'bad' is not one of: error, warning, note, none", with a did-you-mean when a value is close.
    /// </summary>
    public static void AcceptOnly<T>(this Option<T> option, IReadOnlyList<string> values)
    {
        option.CompletionSources.Add(values.ToArray());
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!values.Contains(token.Value, StringComparer.Ordinal))
                {
                    var hint = Suggestions.Closest(token.Value, values) is { } near ? $"; did you mean '{near}'?" : "";
                    result.AddError($"{option.Name} '{token.Value}' is not one of: {string.Join(", ", values)}{hint}");
                }
            }
        });
    }
}
