using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// One headless Chromium for a test class (an xunit class fixture), driven over the DevTools protocol: each page opens
/// in a new tab of the same browser, so the browser starts once per class instead of once per page (most of the cost
/// of a `chromium --dump-dom` run is starting it). Started on first use; <see cref="Path"/> is null when Chromium is
/// not installed, and the tests skip.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly Lock _gate = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("bpl-chromium-").FullName;
    private Process? _process;
    private ClientWebSocket? _socket;
    private int _lastId;

    /// <summary>BPL_CHROMIUM, or the first of the usual install paths that exists; null when none does.</summary>
    public static string? Path { get; } =
        new[] { Environment.GetEnvironmentVariable("BPL_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    /// <summary>The DOM after <paramref name="file"/> loaded (what `--dump-dom` prints), and a PNG of a viewport of the given size when asked.</summary>
    public (string Dom, byte[]? Screenshot) Open(string file, (int Width, int Height)? screenshot = null)
    {
        lock (_gate)
        {
            var target = Call(null, "Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!.GetValue<string>();
            var session = Call(null, "Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true })["sessionId"]!.GetValue<string>();
            try
            {
                Call(session, "Page.enable", []);
                if (screenshot is { } size)
                {
                    Call(session, "Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = size.Width, ["height"] = size.Height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
                }

                var loaded = false;
                var navigate = Send(session, "Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri });
                Receive(message => loaded |= IsLoadEvent(message, session), navigate);
                while (!loaded)
                {
                    Receive(message => loaded |= IsLoadEvent(message, session), null);
                }

                var dom = Call(session, "Runtime.evaluate", new JsonObject { ["expression"] = "document.documentElement.outerHTML", ["returnByValue"] = true })["result"]!["value"]!.GetValue<string>();
                var png = screenshot is null ? null : Convert.FromBase64String(Call(session, "Page.captureScreenshot", new JsonObject { ["format"] = "png" })["data"]!.GetValue<string>());
                return (dom, png);
            }
            finally
            {
                Call(null, "Target.closeTarget", new JsonObject { ["targetId"] = target });
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _socket?.Dispose();
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }

            _process?.Dispose();
        }
        finally
        {
            Directory.Delete(_profile, recursive: true);
        }
    }

    private static bool IsLoadEvent(JsonNode message, string session) =>
        message["method"]?.GetValue<string>() == "Page.loadEventFired" && message["sessionId"]?.GetValue<string>() == session;

    /// <summary>Starts the browser on first use; the DevTools address is in DevToolsActivePort of its profile once it listens.</summary>
    private ClientWebSocket Socket()
    {
        if (_socket is not null)
        {
            return _socket;
        }

        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("Chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--remote-debugging-port=0", $"--user-data-dir={_profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        // Its output is noise (D-Bus, GPU); read so that a full pipe never blocks it.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var portFile = System.IO.Path.Combine(_profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        string[] lines = [];
        while (lines.Length < 2)
        {
            if (_process.HasExited || clock.Elapsed > Patience)
            {
                throw new InvalidOperationException($"chromium did not open its DevTools port (exited: {_process.HasExited})");
            }

            Thread.Sleep(50);
            try
            {
                lines = File.Exists(portFile) ? File.ReadAllLines(portFile) : [];
            }
            catch (IOException)
            {
                // Being written; read it again.
            }
        }

        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), timeout.Token).GetAwaiter().GetResult();
        _socket = socket;
        return socket;
    }

    /// <summary>Sends a command and waits for its answer; events meanwhile are dropped.</summary>
    private JsonNode Call(string? session, string method, JsonObject parameters) => Receive(_ => { }, Send(session, method, parameters))!;

    private int Send(string? session, string method, JsonObject parameters)
    {
        var socket = Socket();
        var id = ++_lastId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        using var timeout = new CancellationTokenSource(Patience);
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, timeout.Token).GetAwaiter().GetResult();
        return id;
    }

    /// <summary>
    /// Reads messages, giving each event to <paramref name="onEvent"/>, until the answer to <paramref name="id"/> (its
    /// result); with no id, reads one message.
    /// </summary>
    private JsonNode? Receive(Action<JsonNode> onEvent, int? id)
    {
        var socket = Socket();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var timeout = new CancellationTokenSource(Patience);
            using var text = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = socket.ReceiveAsync(buffer, timeout.Token).GetAwaiter().GetResult();
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException("chromium closed the DevTools connection");
                }

                text.Write(buffer, 0, part.Count);
            }
            while (!part.EndOfMessage);

            var message = JsonNode.Parse(text.ToArray())!;
            if (message["id"] is { } answered && answered.GetValue<int>() == id)
            {
                if (message["error"] is { } error)
                {
                    throw new InvalidOperationException($"chromium refused a DevTools command: {error.ToJsonString()}");
                }

                return message["result"];
            }

            if (message["method"] is not null)
            {
                onEvent(message);
            }

            if (id is null)
            {
                return null;
            }
        }
    }
}
