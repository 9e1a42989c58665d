namespace BackupPolicyLint.Reporting;

/// <summary>Formats a finished report. Writers never filter or sort.</summary>
public interface IReportWriter
{
    void Write(CheckReport report, TextWriter output);
}
