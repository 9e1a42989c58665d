using System.Text.RegularExpressions;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Docs;

/// <summary>
/// Every relative link in the README and docs/ resolves to a file or folder of the repository, and every repository
/// file a doc cites by path in code marks (`examples/...`, `tests/...`, `src/...`, `bench/...`) exists: a doc that
/// points at nothing is stale text a reader trusts.
/// </summary>
public sealed partial class DocLinkTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, page).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_ShouldResolve(string page)
    {
        var text = File.ReadAllText(Repo.Path(page));
        var folder = Path.GetDirectoryName(Repo.Path(page))!;
        var broken = MarkdownLink().Matches(WithoutCodeBlocks(text))
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(target => target.Split('#')[0])
            .Where(target => target.Length > 0 && !Exists(Path.GetFullPath(Uri.UnescapeDataString(target), folder)))
            .ToList();

        Assert.True(broken.Count == 0, $"{page} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void CitedRepositoryFiles_ShouldExist(string page)
    {
        var text = File.ReadAllText(Repo.Path(page));
        var missing = CitedPath().Matches(text)
            .Select(m => m.Groups["path"].Value.TrimEnd('.', ',', ':', ')'))
            .Where(path => !path.Contains('*', StringComparison.Ordinal) && !path.Contains('{', StringComparison.Ordinal) && !path.Contains("NAME", StringComparison.Ordinal)
                && !path.Contains("BPLnnn", StringComparison.Ordinal) && !path.Contains("...", StringComparison.Ordinal))
            .Where(path => !Exists(Repo.Path(path.Split('/'))))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"{page} cites files that are not in the repository: {string.Join(", ", missing)}");
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static string WithoutCodeBlocks(string text) => FencedBlock().Replace(text, "");

    [GeneratedRegex(@"(?<!!)\[[^\]\n]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"`(?<path>(?:examples|tests|src|bench|policies|docs)/[A-Za-z0-9_./-]+)`")]
    private static partial Regex CitedPath();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
