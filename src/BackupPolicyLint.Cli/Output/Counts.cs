using System.CommandLine.Parsing;
using System.Globalization;

namespace BackupPolicyLint.Cli.Output;

/// <summary>Options that take a count (--max-warnings, --max-results): a bad value is one line, not a .NET type name.</summary>
internal static class Counts
{
    public static int? Parse(ArgumentResult result, string option, int minimum)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum)
        {
            return count;
        }

        result.AddError($"{option} '{text}' is not a whole number of {minimum} or more");
        return null;
    }
}
