using System.Globalization;
using System.Text;

namespace BackupPolicyLint.Reporting.GitHub;

/// <summary>
/// The GitHub job summary ($GITHUB_STEP_SUMMARY): the markdown report, within GitHub's limit of 1 MiB per step (a larger
/// summary is not shown at all, and the step gets an error annotation). Past the limit the report is cut before the
/// first plan file's section that would cross it, and a last line says how many findings the full report has.
/// </summary>
internal static class JobSummary
{
    /// <summary>GitHub's limit for the summary of one step, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <param name="report">The run.</param>
    /// <param name="markdown">The markdown writer (with the run's --controls).</param>
    /// <param name="maxBytes">The bytes left in this step's summary (GitHub's limit less what the step already wrote).</param>
    public static string Render(CheckReport report, IReportWriter markdown, long maxBytes)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        markdown.Write(report, output);
        var full = output.ToString();
        if (Encoding.UTF8.GetByteCount(full) <= maxBytes)
        {
            return full;
        }

        var total = report.Findings.Count;
        var note = $"\n> **This summary is cut at GitHub's 1 MiB limit; the full report has {total} {(total == 1 ? "finding" : "findings")}.** "
            + "Write it with `--format markdown --output FILE` (or sarif, json, html) and keep it as an artifact.\n";
        var budget = maxBytes - Encoding.UTF8.GetByteCount(note);
        if (budget <= 0)
        {
            return "";
        }

        return full[..CutAt(full, budget)] + note;
    }

    /// <summary>The last section start ("#### ": a plan file, or a control) within the budget; else the last line end within it.</summary>
    private static int CutAt(string text, long budget)
    {
        var withinBudget = WithinBytes(text, budget);
        if (withinBudget == 0)
        {
            return 0;
        }

        var section = text.LastIndexOf("\n#### ", withinBudget - 1, StringComparison.Ordinal);
        var findings = text.IndexOf("\n### ", StringComparison.Ordinal);
        if (section > findings && findings >= 0)
        {
            return section + 1;
        }

        var line = text.LastIndexOf('\n', withinBudget - 1);
        return line >= 0 ? line + 1 : 0;
    }

    /// <summary>How many chars of <paramref name="text"/> fit in <paramref name="bytes"/> UTF-8 bytes (not splitting a pair).</summary>
    private static int WithinBytes(string text, long bytes)
    {
        var used = 0L;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            if (used + width > bytes)
            {
                return i;
            }

            used += width;
            if (width == 4)
            {
                i++;
            }
        }

        return text.Length;
    }
}
