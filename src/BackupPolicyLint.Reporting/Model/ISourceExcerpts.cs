using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>Gives writers the source lines around a span; the pipeline implements it, so writers read no files.</summary>
internal interface ISourceExcerpts
{
    SourceExcerpt? Around(SourceSpan span);
}
