using System.Text;

namespace BackupPolicyLint.Documents;

/// <summary>
/// Where a node sits, as a link to its parent's path plus a key or an index. The RFC 6901 pointer string is built only
/// when asked for (for findings), so a tree of a million nodes does not hold a million pointer strings.
/// </summary>
internal sealed class PointerPath
{
    private readonly PointerPath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private PointerPath(PointerPath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The document root (pointer "").</summary>
    public static PointerPath Root { get; } = new(null, null, -1);

    public PointerPath Key(string key) => new(this, key, -1);

    public PointerPath Index(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    private void Append(StringBuilder text)
    {
        if (_parent is null)
        {
            return;
        }

        _parent.Append(text);
        text.Append('/');
        if (_key is null)
        {
            text.Append(_index);
        }
        else
        {
            text.Append(DocNode.EscapePointerToken(_key));
        }
    }
}
