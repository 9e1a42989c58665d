using System.Globalization;
using System.Net;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>The small pieces every part of the HTML report writes: encoded text, badges, table rows, time stamps.</summary>
internal static class HtmlText
{
    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Code(string text) => $"<code>{E(text)}</code>";

    public static string Badge(string kind) => $"<span class=\"badge {E(kind)}\">{E(kind)}</span>";

    /// <summary>A badge whose class is <paramref name="kind"/> and whose text is <paramref name="label"/>.</summary>
    public static string Badge(string kind, string label) => $"<span class=\"badge {E(kind)}\">{E(label)}</span>";

    public static void Row(TextWriter output, string label, string html) =>
        output.WriteLine($"<tr><th>{E(label)}</th><td>{html}</td></tr>");

    public static string Muted(string text) => $"<span class=\"muted\">{E(text)}</span>";

    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Each path as code, one per line; <paramref name="none"/> when there is none.</summary>
    public static string Paths(IReadOnlyCollection<string> paths, string none) =>
        paths.Count == 0 ? Muted(none) : string.Join("<br>", paths.Select(Code));
}
