using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// The HTML report of the examples, opened in headless Chromium: the rendered DOM has the summary, findings and waivers,
/// and a screenshot is taken. Skipped with a message when Chromium is not installed (.ci/run installs it from Debian).
/// One browser serves the class (<see cref="HeadlessChromium"/>); each test opens its pages in a tab of it.
/// </summary>
public sealed class HtmlReportTests(HeadlessChromium browser) : IClassFixture<HeadlessChromium>
{
    private const string NotInstalled = "Chromium is not installed (/usr/bin/chromium); `apt-get install chromium` or set BPL_CHROMIUM to run this test";

    [SkippableFact]
    public void Examples_ShouldRenderInHeadlessChromium()
    {
        Skip.If(HeadlessChromium.Path is null, NotInstalled);

        var directory = Directory.CreateTempSubdirectory("bpl-html-").FullName;
        try
        {
            var report = Path.Combine(directory, "report.html");
            var screenshot = Path.Combine(directory, "report.png");
            var result = ReportFormatTests.Check("--format", "html", "--output", report);
            Assert.Equal(1, result.ExitCode);

            var (dom, png) = browser.Open(report, screenshot: (1280, 2000));
            File.WriteAllBytes(screenshot, png!);

            Assert.Contains("<h1>Backup policy audit report</h1>", dom, StringComparison.Ordinal);
            Assert.Contains("<section id=\"summary\">", dom, StringComparison.Ordinal);
            Assert.Contains("<svg", dom, StringComparison.Ordinal);
            Assert.Contains("<section id=\"findings\">", dom, StringComparison.Ordinal);
            Assert.Contains("BPL101", dom, StringComparison.Ordinal);
            Assert.Contains("<span class=\"hit\">", dom, StringComparison.Ordinal);
            Assert.Contains("<section id=\"waivers\">", dom, StringComparison.Ordinal);
            Assert.Contains("No waivers in force", dom, StringComparison.Ordinal);
            Assert.True(new FileInfo(screenshot).Length > 60_000, "the screenshot is missing or blank (a blank 1280x2000 page is about 12 KB)");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Issue 18's done-when: a run with --backups, --inventory and --config, rendered; its Run section names each.</summary>
    [SkippableFact]
    public void AuditRun_ShouldNameEveryInputInTheRunSection_InHeadlessChromium()
    {
        Skip.If(HeadlessChromium.Path is null, NotInstalled);

        var directory = Directory.CreateTempSubdirectory("bpl-html-").FullName;
        try
        {
            var report = Path.Combine(directory, "report.html");
            var result = ReportFormatTests.Check([.. AuditRecordCliTests.EveryInput, "--format", "html", "--output", report]);
            Assert.Equal(1, result.ExitCode);

            var dom = browser.Open(report).Dom;
            var start = dom.IndexOf("<section id=\"run\">", StringComparison.Ordinal);
            Assert.True(start >= 0, "the rendered page has no Run section");
            var run = dom[start..dom.IndexOf("</section>", start, StringComparison.Ordinal)];

            Assert.Contains("<code>--backups examples/backups</code>", run, StringComparison.Ordinal);
            Assert.Contains("snapshot <code>examples/inventory/prod-cluster.json</code>", run, StringComparison.Ordinal);
            Assert.Contains("<code>https://10.0.1.11:7473</code>", run, StringComparison.Ordinal);
            Assert.Contains("<code>examples/policies/bpl.yaml</code>", run, StringComparison.Ordinal);
            Assert.Contains("pack <code>acme-production</code>", run, StringComparison.Ordinal);
            Assert.DoesNotContain("no backup location was given", run, StringComparison.Ordinal);
            Assert.Contains("<section id=\"verdict\">", dom, StringComparison.Ordinal);
            Assert.Contains("<section id=\"checklist\">", dom, StringComparison.Ordinal);
            Assert.Contains("<nav id=\"contents\"", dom, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The findings filter is CSS only: with "warning" chosen (as a click would), Chromium shows the warnings alone, and
    /// with a rule chosen, that rule's findings alone. A script added to a copy of the page (without the CSP) counts
    /// what the browser displays: as loaded, then with the warning radio checked, then with "all" again and the first
    /// rule selected (one page load; the page's own CSS does the hiding).
    /// </summary>
    [SkippableFact]
    public void FindingsFilter_ShouldHideOtherSeveritiesAndRules_WithoutScripts()
    {
        Skip.If(HeadlessChromium.Path is null, NotInstalled);

        var directory = Directory.CreateTempSubdirectory("bpl-html-").FullName;
        try
        {
            var html = ReportFormatTests.Check("--format", "html").Out;
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            const string Count = """
                <script>
                const visible = () => [...document.querySelectorAll('.finding')].filter(f => getComputedStyle(f).display !== 'none').map(f => f.className).join('|');
                const all = visible();
                document.getElementById('severity-warning').checked = true;
                const warnings = visible();
                document.getElementById('severity-all').checked = true;
                document.querySelector('#rule-filter option[value="0"]').selected = true;
                document.body.dataset.visibleAll = all;
                document.body.dataset.visibleWarnings = warnings;
                document.body.dataset.visibleRule = visible();
                </script></body>
                """;
            var page = System.Text.RegularExpressions.Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "").Replace("</body>", Count, StringComparison.Ordinal);
            var file = Path.Combine(directory, "filter.html");
            File.WriteAllText(file, page);
            var dom = browser.Open(file).Dom;

            string[] Visible(string name)
            {
                var match = System.Text.RegularExpressions.Regex.Match(dom, $"data-visible-{name}=\"([^\"]*)\"");
                Assert.True(match.Success, $"the counting script did not run (no data-visible-{name})");
                return match.Groups[1].Value.Split('|', StringSplitOptions.RemoveEmptyEntries);
            }

            var all = Visible("all");
            var warnings = Visible("warnings");
            var firstRule = Visible("rule");

            Assert.Equal(System.Text.RegularExpressions.Regex.Matches(html, "<div class=\"finding ").Count, all.Length);
            Assert.NotEmpty(warnings);
            Assert.True(warnings.Length < all.Length);
            Assert.All(warnings, c => Assert.Contains("warning-level", c, StringComparison.Ordinal));
            Assert.NotEmpty(firstRule);
            Assert.All(firstRule, c => Assert.EndsWith(" rule-0", c, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
