using System.Diagnostics;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// The HTML report of the examples, opened in headless Chromium: the rendered DOM has the summary, findings and waivers,
/// and a screenshot is taken. Skipped with a message when Chromium is not installed (.ci/run installs it from Debian).
/// </summary>
public sealed class HtmlReportTests
{
    private static string? Chromium() =>
        new[] { Environment.GetEnvironmentVariable("BPL_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    [SkippableFact]
    public void Examples_ShouldRenderInHeadlessChromium()
    {
        var chromium = Chromium();
        Skip.If(chromium is null, "Chromium is not installed (/usr/bin/chromium); `apt-get install chromium` or set BPL_CHROMIUM to run this test");

        var directory = Directory.CreateTempSubdirectory("bpl-html-").FullName;
        try
        {
            var report = Path.Combine(directory, "report.html");
            var screenshot = Path.Combine(directory, "report.png");
            var result = ReportFormatTests.Check("--format", "html", "--output", report);
            Assert.Equal(1, result.ExitCode);

            var dom = RunChromium(chromium!, directory, "--dump-dom", new Uri(report).AbsoluteUri);
            RunChromium(chromium!, directory, $"--screenshot={screenshot}", "--window-size=1280,2000", new Uri(report).AbsoluteUri);

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

    private static string RunChromium(string chromium, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(directory, "profile")}",
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 120 s");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
