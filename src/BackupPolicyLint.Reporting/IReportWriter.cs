namespace BackupPolicyLint.Reporting;

/// <summary>Formats a finished report. Writers never filter or sort.</summary>
internal interface IReportWriter
{
    void Write(CheckReport report, TextWriter output);
}
