using System.Text;
using System.Text.RegularExpressions;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// Path globs as in .gitignore-style tools: <c>*</c> and <c>?</c> stay within one '/'-separated segment, <c>**</c>
/// crosses segments (<c>plans/**/prod-*.yaml</c>). Matching is ordinal and whole-string.
/// </summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string path) => ToRegex(pattern).IsMatch(path.Replace('\\', '/'));

    public static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        var text = pattern.Replace('\\', '/');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                // "**/" also matches no folder at all, so "plans/**/x.yaml" matches "plans/x.yaml".
                var slash = i + 2 < text.Length && text[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
