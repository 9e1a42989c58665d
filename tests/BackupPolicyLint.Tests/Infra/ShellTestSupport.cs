using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Infra;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Reads a shell text into facts, as a script file would be read.</summary>
internal static class ShellTestSupport
{
    public static InfraFileFacts Read(string text)
    {
        var facts = new InfraFileFacts { File = "test.sh", Source = SourceKind.Script };
        ShellCommandExtractor.ExtractText(text, new ExtractionContext { File = "test.sh", Source = SourceKind.Script }, facts);
        return facts;
    }

    public static List<string> Databases(InfraFileFacts facts) => facts.Jobs.SelectMany(j => j.Databases.Select(d => d.Name)).ToList();
}
