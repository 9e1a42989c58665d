using System.Text.Json;
using System.Xml.Linq;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.GitHub;
using BackupPolicyLint.Reporting.Html;
using BackupPolicyLint.Reporting.JUnit;
using BackupPolicyLint.Reporting.Markdown;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Reporting.Sarif;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>Input text cannot steer a terminal, a CI log, a pull-request comment or a report reader.</summary>
public sealed class OutputEscapingTests
{
    private const string InjectingName = "x\n::error file=README.md,line=1::INJECTED\n.yaml";

    [Theory]
    [InlineData("a\nb\rc\td", "a\\nb\\rc\\td")]
    [InlineData("red \u001b[31mtext\u001b[0m", "red \\e[31mtext\\e[0m")]
    [InlineData("bell\u0007 nul\0 del\u007f c1\u0085\u009b", "bell\\u0007 nul\\0 del\\u007F c1\\u0085\\u009B")]
    [InlineData("evil\u202Egpj.yaml", "evil\\u202Egpj.yaml")]
    [InlineData("\u202A\u202B\u202C\u202D \u2066\u2067\u2068\u2069 \u200E\u200F\u061C \u2028\u2029",
        "\\u202A\\u202B\\u202C\\u202D \\u2066\\u2067\\u2068\\u2069 \\u200E\\u200F\\u061C \\u2028\\u2029")]
    [InlineData("plain ü, 日本, emoji 😀 stay", "plain ü, 日本, emoji 😀 stay")]
    public void VisibleText_ShouldEscapeControlAndBidiCharacters(string text, string expected)
    {
        Assert.Equal(expected, VisibleText.Escape(text));
    }

    [Fact]
    public void GitHub_FileNameWithLineBreaks_ShouldStayOneAnnotation()
    {
        var report = Reports.Of(Reports.Finding("message\n::warning::INJECTED \u001b[8mhidden \u202Eevil", file: InjectingName));

        var lines = Reports.Write(new GitHubReportWriter(), report).TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.Equal(
            "::error file=x\\n%3A%3Aerror file=README.md%2Cline=1%3A%3AINJECTED\\n.yaml,line=3,col=5,endLine=3,endColumn=12,title=BPL101 system-database-not-covered"
            + "::message\\n::warning::INJECTED \\e[8mhidden \\u202Eevil",
            lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains('\u001b') || l.Contains('\u202E') || l.Contains('\r'));
    }

    [Fact]
    public void Text_FileNameAndMessage_ShouldStayOnOneLineWithEscapesShown()
    {
        var report = Reports.Of(Reports.Finding("quoted 'a\nb' \u001b]0;title\u0007 \u202Ereversed", file: InjectingName));

        var lines = Reports.Write(new TextReportWriter(color: false), report).TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.Equal("x\\n::error file=README.md,line=1::INJECTED\\n.yaml:3:5: error BPL101 system-database-not-covered: quoted 'a\\nb' \\e]0;title\\u0007 \\u202Ereversed", lines[0]);
    }

    [Fact]
    public void Text_WithColour_ShouldKeepItsOwnEscapesOnly()
    {
        var report = Reports.Of(Reports.Finding("\u001b[2J"));

        var line = Reports.Write(new TextReportWriter(color: true), report).Split('\n')[0];

        Assert.Equal("plans/a.yaml:3:5: \u001b[31merror\u001b[0m BPL101 system-database-not-covered: \\e[2J", line);
    }

    [Theory]
    [InlineData("see [click](http://evil.example)", "see `[click](http://evil.example)`")]
    [InlineData("see [click me](http://evil.example/x)", "see \\[click `me](http://evil.example/x)`")]
    [InlineData("![x](http://evil.example/img.png)", "`![x](http://evil.example/img.png)`")]
    [InlineData("[x](/relative) and [ref][1]", "\\[x\\](/relative) and \\[ref\\]\\[1\\]")]
    [InlineData("ping @org/team and @someone", "ping `@org/team` and `@someone`")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("autolink <http://evil.example>", "autolink `<http://evil.example>`")]
    [InlineData("bare https://evil.example/x and www.evil.example", "bare `https://evil.example/x` and `www.evil.example`")]
    [InlineData("mail admin@evil.example", "mail `admin@evil.example`")]
    [InlineData("tick `code` a|b", "tick `code` a\\|b")]
    [InlineData("`open http://evil.example", "\\`open `http://evil.example`")]
    [InlineData("http://a`b|c", "``http://a`b\\|c``")]
    [InlineData("line\nbreak \u202Eevil", "line\\nbreak \\u202Eevil")]
    [InlineData("s3://writer:***@bucket/prod", "`s3://writer:***@bucket/prod`")]
    public void Markdown_InputText_ShouldNotBecomeLinksMentionsOrMarkup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Cell(text));
    }

    [Fact]
    public void Html_FileNamesMessagesAndExcerpts_ShouldBeEscaped()
    {
        var report = Reports.Of(Reports.Finding("<script>alert(1)</script> [x](http://evil)", file: "<img src=x onerror=alert(1)>.yaml")) with
        {
            Excerpts = new FixedExcerpt(new SourceExcerpt(1, ["a: <b onmouseover=alert(1)>", "b: </pre><script>x()</script>", "c: 3"])),
        };

        var html = Reports.Write(new HtmlReportWriter(null), report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.yaml", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnitSarifAndJson_WithControlCharactersInNamesAndMessages_ShouldStayValid()
    {
        var report = Reports.Of(Reports.Finding("nul\0 esc\u001b bell\u0007 \u202E \uD800 lone", file: InjectingName + "\u0001"));

        XDocument.Parse(Reports.Write(new JUnitReportWriter(), report));
        using var sarif = JsonDocument.Parse(Reports.Write(new SarifReportWriter(), report));
        using var json = JsonDocument.Parse(Reports.Write(new JsonReportWriter(), report));

        Assert.Equal(InjectingName + "\u0001", json.RootElement.GetProperty("findings")[0].GetProperty("file").GetString());
    }

    private sealed class FixedExcerpt(SourceExcerpt excerpt) : ISourceExcerpts
    {
        public SourceExcerpt? Around(BackupPolicyLint.Diagnostics.SourceSpan span) => excerpt;
    }
}
