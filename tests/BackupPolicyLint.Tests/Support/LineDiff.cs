using System.Text;

namespace BackupPolicyLint.Tests.Support;

/// <summary>
/// A unified diff of two texts by lines (as `diff -u` prints it), for golden mismatches: the changed lines with three of
/// context, not two whole reports. Common head and tail are cut first; the middle is matched by longest common
/// subsequence, which is quadratic only in the lines that differ.
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;

    public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var output = new StringBuilder($"--- {expectedName}\n+++ {actualName}\n");
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from CONTEXT lines before this change to CONTEXT after the last change closer than 2*CONTEXT.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count)
            {
                var next = end;
                while (next < edits.Count && edits[next].Kind == ' ')
                {
                    next++;
                }

                if (next == edits.Count || next - end > 2 * Context)
                {
                    break;
                }

                end = next + 1;
            }

            end = Math.Min(edits.Count, end + Context);
            var hunk = edits.GetRange(start, end - start);
            output.Append($"@@ -{hunk[0].ALine + 1},{hunk.Count(e => e.Kind != '+')} +{hunk[0].BLine + 1},{hunk.Count(e => e.Kind != '-')} @@\n");
            foreach (var edit in hunk)
            {
                output.Append(edit.Kind).Append(edit.Text).Append('\n');
            }

            i = end;
        }

        return output.ToString();
    }

    private readonly record struct Edit(char Kind, string Text, int ALine, int BLine);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        // lcs[x, y]: the longest common subsequence of a[head+x..] and b[head+y..] within the middle.
        var lcs = new int[n + 1, m + 1];
        for (var x = n - 1; x >= 0; x--)
        {
            for (var y = m - 1; y >= 0; y--)
            {
                lcs[x, y] = a[head + x] == b[head + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var k = 0; k < head; k++)
        {
            edits.Add(new Edit(' ', a[k], k, k));
        }

        int i = 0, j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && a[head + i] == b[head + j])
            {
                edits.Add(new Edit(' ', a[head + i], head + i, head + j));
                i++;
                j++;
            }
            else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1]))
            {
                // Removed lines before added ones, as diff -u prints a changed line.
                edits.Add(new Edit('-', a[head + i], head + i, head + j));
                i++;
            }
            else
            {
                edits.Add(new Edit('+', b[head + j], head + i, head + j));
                j++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            edits.Add(new Edit(' ', a[a.Length - tail + k], a.Length - tail + k, b.Length - tail + k));
        }

        return edits;
    }
}
