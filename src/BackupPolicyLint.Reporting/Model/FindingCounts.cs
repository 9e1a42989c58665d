using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>How many findings a report holds by severity, reported and suppressed: counted once, as they go by.</summary>
internal sealed class FindingCounts
{
    private readonly int[] _reported = new int[Enum.GetValues<Severity>().Length];
    private readonly int[] _suppressed = new int[Enum.GetValues<Severity>().Length];

    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        var counts = new FindingCounts();
        foreach (var finding in findings)
        {
            counts.Add(finding);
        }

        return counts;
    }

    public void Add(Finding finding) => (finding.Suppressed ? _suppressed : _reported)[(int)finding.Severity]++;

    /// <summary>Findings of this severity that are not suppressed.</summary>
    public int Reported(Severity severity) => _reported[(int)severity];

    /// <summary>Every suppressed finding.</summary>
    public int Suppressed => _suppressed.Sum();

    /// <summary>Not suppressed, at or above a severity (<c>Error</c> is the most severe, the lowest value).</summary>
    public int ReportedAtLeast(Severity threshold) => _reported.Take((int)threshold + 1).Sum();

    /// <summary>Suppressed, at or above a severity.</summary>
    public int SuppressedAtLeast(Severity threshold) => _suppressed.Take((int)threshold + 1).Sum();
}
