using System.Diagnostics;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Cli.Progress;

/// <summary>
/// Writes the status line to a terminal: carriage return, the text, and spaces over the rest of a longer previous
/// line (no escape sequences, so any terminal shows it). At most one update per <see cref="Interval"/> unless forced;
/// text longer than the terminal is cut, because a wrapped line cannot be rewritten in place.
/// </summary>
internal sealed class TerminalProgressReporter : IProgressReporter
{
    /// <summary>About ten updates a second: readable, and cheap however often the work reports.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly int _width;
    private readonly Func<TimeSpan> _clock;
    private readonly Lock _lock = new();
    private int _shown;
    private TimeSpan? _lastShown;

    /// <param name="writer">The terminal (stderr).</param>
    /// <param name="width">The terminal's width in characters.</param>
    /// <param name="clock">Time since some fixed start; a monotonic stopwatch unless a test supplies one.</param>
    public TerminalProgressReporter(TextWriter writer, int width, Func<TimeSpan>? clock = null)
    {
        _writer = writer;
        _width = Math.Max(width, 20);
        if (clock is null)
        {
            var stopwatch = Stopwatch.StartNew();
            clock = () => stopwatch.Elapsed;
        }

        _clock = clock;
    }

    public void Report(string status, bool force = false)
    {
        lock (_lock)
        {
            var now = _clock();
            if (!force && _lastShown is { } last && now - last < Interval)
            {
                return;
            }

            _lastShown = now;
            var text = status.Length < _width ? status : status[..(_width - 2)] + "…";
            var rest = _shown - text.Length;
            _writer.Write(rest > 0 ? $"\r{text}{new string(' ', rest)}\r{text}" : $"\r{text}");
            _writer.Flush();
            _shown = text.Length;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            if (_shown > 0)
            {
                _writer.Write($"\r{new string(' ', _shown)}\r");
                _writer.Flush();
            }

            _shown = 0;
            _lastShown = null;
        }
    }
}
