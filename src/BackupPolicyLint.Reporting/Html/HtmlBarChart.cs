using System.Globalization;
using System.Net;
using System.Text;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>A horizontal stacked bar per row (pass, fail, waived, not applicable, not evaluated), as inline SVG.</summary>
internal static class HtmlBarChart
{
    private const int LabelWidth = 230;
    private const int BarWidth = 560;
    private const int RowHeight = 24;

    private static readonly (OutcomeKind Kind, string Color)[] Series =
    [
        (OutcomeKind.Pass, "#2e7d32"),
        (OutcomeKind.Fail, "#c62828"),
        (OutcomeKind.Waived, "#6a1b9a"),
        (OutcomeKind.NotApplicable, "#9e9e9e"),
        (OutcomeKind.NotEvaluated, "#ef8f00"),
    ];

    public static string Render(string title, IReadOnlyList<(string Label, IReadOnlyDictionary<OutcomeKind, int> Counts)> rows)
    {
        var max = Math.Max(1, rows.Select(r => r.Counts.Values.Sum()).DefaultIfEmpty(0).Max());
        var height = (rows.Count * RowHeight) + 34;
        var width = LabelWidth + BarWidth + 50;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, counts) = rows[i];
            var y = i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{WebUtility.HtmlEncode(label)}</text>");
            var x = (double)LabelWidth;
            foreach (var (kind, color) in Series)
            {
                var count = counts.GetValueOrDefault(kind);
                if (count == 0)
                {
                    continue;
                }

                var w = BarWidth * count / (double)max;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{RowHeight - 8}\" fill=\"{color}\"><title>{kind.ToName()}: {count}</title></rect>");
                x += w;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 16}\">{counts.Values.Sum()}</text>");
        }

        var legendX = LabelWidth;
        var legendY = (rows.Count * RowHeight) + 14;
        foreach (var (kind, color) in Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{legendY}\" width=\"10\" height=\"10\" fill=\"{color}\"/><text x=\"{legendX + 14}\" y=\"{legendY + 9}\">{kind.ToName()}</text>");
            legendX += 112;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
