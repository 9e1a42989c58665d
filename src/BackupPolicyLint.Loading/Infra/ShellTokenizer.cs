using System.Text;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Splits POSIX shell text into simple commands and words, the way sh reads it without running anything: single and
/// double quotes, backslash escapes, line continuations, comments, the operators <c>&amp;&amp; || ; | &amp;</c>, subshell
/// parentheses, redirections (dropped with their targets) and here-documents (their bodies kept on the command that
/// reads them, positioned, so a body fed to a shell can be read as commands). <c>name()</c> ends a command with the
/// separator "()", which marks a function definition. Expansions are left symbolic. An unclosed quote ends the text, and the command it is in is dropped: the shell would never run it.
/// </summary>
internal sealed class ShellTokenizer
{
    private readonly string _text;
    private readonly IReadOnlyList<TextPosition>? _map;
    private readonly TextPosition _origin;
    private readonly List<ShellCommand> _commands = [];
    private readonly List<ShellWord> _words = [];
    private readonly List<(string Delimiter, bool StripTabs, int Command)> _pendingHereDocs = [];
    private int _index;

    private ShellTokenizer(string text, IReadOnlyList<TextPosition>? map, TextPosition origin)
    {
        _text = text;
        _map = map;
        _origin = origin;
    }

    /// <summary>Commands of a whole file (positions from line 1, column 1).</summary>
    public static IReadOnlyList<ShellCommand> Tokenize(string text) => new ShellTokenizer(text, null, new TextPosition(1, 1)).Run();

    /// <summary>Commands of a text whose characters sit at known positions (a <c>sh -c</c> string, a YAML scalar).</summary>
    public static IReadOnlyList<ShellCommand> Tokenize(string text, IReadOnlyList<TextPosition> positions) =>
        new ShellTokenizer(text, positions, positions.Count > 0 ? positions[0] : new TextPosition(1, 1)).Run();

    /// <summary>Commands of a one-line text starting at <paramref name="start"/> (a cron line's command field).</summary>
    public static IReadOnlyList<ShellCommand> Tokenize(string text, TextPosition start) => new ShellTokenizer(text, null, start).Run();

    private IReadOnlyList<ShellCommand> Run()
    {
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c is ' ' or '\t' or '\r')
            {
                _index++;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                _index += 2;
            }
            else if (c == '\n')
            {
                _index++;
                EndCommand("\n");
                SkipHereDocs();
            }
            else if (c == '#')
            {
                while (_index < _text.Length && _text[_index] != '\n')
                {
                    _index++;
                }
            }
            else if (c is ';' or '&' or '|' or '(' or ')')
            {
                ReadOperator();
            }
            else if (c is '<' or '>')
            {
                ReadRedirection();
            }
            else
            {
                var word = ReadWord();
                if (word is not null && Peek(0) is '<' or '>' && IsFileDescriptor(word.Text))
                {
                    // "2>&1", "2>/dev/null": the digits belong to the redirection.
                    ReadRedirection();
                }
                else if (word is not null)
                {
                    _words.Add(word);
                }
            }
        }

        if (_unclosedQuote)
        {
            // The shell refuses a command whose quote never closes (and everything after it): it never runs.
            _words.Clear();
        }

        EndCommand("");
        return _commands;
    }

    /// <summary>The words so far are <c>name</c> or <c>function name</c>: a following "()" defines a function.</summary>
    private bool IsFunctionName() =>
        _words.Count == 1 && !_words[0].Symbolic || _words.Count == 2 && _words[0].Text == "function";

    private int NextNonBlank(int index)
    {
        while (index < _text.Length && _text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    private static bool IsFileDescriptor(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private char Peek(int offset) => _index + offset < _text.Length ? _text[_index + offset] : '\0';

    private TextPosition PositionOf(int index)
    {
        if (_map is not null)
        {
            return index < _map.Count ? _map[index] : (_map.Count > 0 ? _map[^1] : _origin);
        }

        _lineStarts ??= LineStarts(_text);
        var line = _lineStarts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        var column = index - _lineStarts[line];
        return line == 0 ? new TextPosition(_origin.Line, _origin.Column + column) : new TextPosition(_origin.Line + line, column + 1);
    }

    private List<int>? _lineStarts;
    private bool _unclosedQuote;

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private void ReadOperator()
    {
        var c = _text[_index];
        var two = _index + 1 < _text.Length ? _text.Substring(_index, 2) : c.ToString();
        if (two is "&&" or "||" or ";;" or "|&")
        {
            _index += 2;
            EndCommand(two == ";;" ? ";" : two == "|&" ? "|" : two);
        }
        else if (c == '&' && Peek(1) == '>')
        {
            ReadRedirection();
        }
        else if (c == '(' && IsFunctionName() && NextNonBlank(_index + 1) is var close && close < _text.Length && _text[close] == ')')
        {
            _index = close + 1;
            EndCommand("()");
        }
        else
        {
            _index++;
            EndCommand(c is '(' or ')' ? ";" : c.ToString());
        }
    }

    /// <summary>Drops a redirection and its target word; a here-document's body is skipped after the line ends.</summary>
    private void ReadRedirection()
    {
        var start = _index;
        while (_index < _text.Length && _text[_index] is '<' or '>' or '&' or '|' or '-')
        {
            _index++;
            if (_index - start >= 3)
            {
                break;
            }
        }

        var op = _text[start.._index];
        if (op.EndsWith('&') && _index < _text.Length && (char.IsAsciiDigit(_text[_index]) || _text[_index] == '-'))
        {
            // ">&2", "2>&1", ">&-": the target is a descriptor, written without a space.
            while (_index < _text.Length && (char.IsAsciiDigit(_text[_index]) || _text[_index] == '-'))
            {
                _index++;
            }

            return;
        }

        while (_index < _text.Length && _text[_index] is ' ' or '\t')
        {
            _index++;
        }

        var target = ReadWord();
        if (op.StartsWith("<<", StringComparison.Ordinal) && !op.StartsWith("<<<", StringComparison.Ordinal) && target is not null)
        {
            _pendingHereDocs.Add((target.Text, op.EndsWith('-'), _commands.Count));
        }
    }

    private void SkipHereDocs()
    {
        foreach (var (delimiter, stripTabs, command) in _pendingHereDocs)
        {
            var body = new StringBuilder();
            var positions = new List<TextPosition>();
            var bodyStart = PositionOf(Math.Min(_index, Math.Max(0, _text.Length - 1)));
            while (_index < _text.Length)
            {
                var lineStart = _index;
                var end = _text.IndexOf('\n', _index);
                var line = end < 0 ? _text[_index..] : _text[_index..end];
                _index = end < 0 ? _text.Length : end + 1;
                var compared = stripTabs ? line.TrimStart('\t') : line;
                if (compared.TrimEnd('\r') == delimiter)
                {
                    break;
                }

                for (var i = lineStart; i < _index; i++)
                {
                    body.Append(_text[i]);
                    positions.Add(PositionOf(i));
                }
            }

            if (command < _commands.Count)
            {
                var end = positions.Count > 0 ? positions[^1] : bodyStart;
                var document = new ShellWord(body.ToString(), positions, positions.Count > 0 ? positions[0] : bodyStart, end, Symbolic: false);
                _commands[command] = _commands[command] with { HereDocuments = [.. _commands[command].HereDocuments, document] };
            }
        }

        _pendingHereDocs.Clear();
    }

    private void EndCommand(string separator)
    {
        if (_words.Count > 0)
        {
            _commands.Add(new ShellCommand(_words.ToList(), separator));
            _words.Clear();
        }
    }

    /// <summary>One word up to an unquoted blank or operator; null when there is none (e.g. a lone quote at the end).</summary>
    private ShellWord? ReadWord()
    {
        var text = new StringBuilder();
        var positions = new List<TextPosition>();
        var symbolic = false;
        var splits = false;
        var startIndex = _index;
        var any = false;

        void Add(char ch, int at)
        {
            text.Append(ch);
            positions.Add(PositionOf(at));
        }

        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c is ' ' or '\t' or '\n' or '\r' or ';' or '&' or '|' or '<' or '>' or '(' or ')')
            {
                if (c == '(' && text.Length > 0 && text[^1] == '$')
                {
                    // "$(" is command substitution, not a subshell: keep it in the word.
                }
                else if (c == '(' && text.Length > 0 && text[^1] == '=')
                {
                    // "arr=(a b)" array assignment: keep it as one word.
                    ReadBalanced('(', ')', Add);
                    any = true;
                    continue;
                }
                else
                {
                    break;
                }
            }

            any = true;
            if (c == '\\')
            {
                if (Peek(1) == '\n')
                {
                    _index += 2;
                    continue;
                }

                if (_index + 1 < _text.Length)
                {
                    Add(_text[_index + 1], _index + 1);
                }

                _index += 2;
            }
            else if (c == '\'')
            {
                var close = _text.IndexOf('\'', _index + 1);
                var end = close < 0 ? _text.Length : close;
                _unclosedQuote |= close < 0;
                for (var i = _index + 1; i < end; i++)
                {
                    Add(_text[i], i);
                }

                _index = close < 0 ? _text.Length : close + 1;
            }
            else if (c == '"')
            {
                _index++;
                while (_index < _text.Length && _text[_index] != '"')
                {
                    var d = _text[_index];
                    if (d == '\\' && _index + 1 < _text.Length && _text[_index + 1] is '$' or '`' or '"' or '\\' or '\n')
                    {
                        if (_text[_index + 1] != '\n')
                        {
                            Add(_text[_index + 1], _index + 1);
                        }

                        _index += 2;
                    }
                    else if (d == '$' && Peek(1) == '(')
                    {
                        symbolic = true;
                        ReadBalanced('(', ')', Add, prefix: 1);
                    }
                    else
                    {
                        symbolic |= d is '$' or '`';
                        Add(d, _index);
                        _index++;
                    }
                }

                _unclosedQuote |= _index >= _text.Length;
                _index = Math.Min(_text.Length, _index + 1);
            }
            else if (c == '$' && Peek(1) is '(' or '{')
            {
                symbolic = true;
                splits = true;
                ReadBalanced(Peek(1), Peek(1) == '(' ? ')' : '}', Add, prefix: 1);
            }
            else if (c == '`')
            {
                symbolic = true;
                splits = true;
                var close = _text.IndexOf('`', _index + 1);
                var end = close < 0 ? _text.Length : close + 1;
                for (var i = _index; i < end; i++)
                {
                    Add(_text[i], i);
                }

                _index = end;
            }
            else
            {
                var expands = c == '$' && (char.IsAsciiLetter(Peek(1)) || Peek(1) is '_' or '@' or '*' or '#' or '?' || char.IsAsciiDigit(Peek(1)));
                symbolic |= expands;
                splits |= expands;
                Add(c, _index);
                _index++;
            }
        }

        if (!any)
        {
            return null;
        }

        var start = positions.Count > 0 ? positions[0] : PositionOf(startIndex);
        var last = positions.Count > 0 ? positions[^1] : start;
        return new ShellWord(text.ToString(), positions, start, new TextPosition(last.Line, last.Column + 1), symbolic) { SplitsFields = splits };
    }

    /// <summary>Copies an expansion such as <c>$(…)</c> or <c>${…}</c> verbatim, nesting and quotes included.</summary>
    private void ReadBalanced(char open, char close, Action<char, int> add, int prefix = 0)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < prefix; i++)
        {
            add(_text[_index], _index);
            _index++;
        }

        while (_index < _text.Length)
        {
            var c = _text[_index];
            add(c, _index);
            _index++;
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return;
            }
        }
    }
}
