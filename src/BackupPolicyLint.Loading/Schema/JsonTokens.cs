using System.Globalization;
using BackupPolicyLint.Documents;
using Newtonsoft.Json.Linq;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>Turns a located tree into JSON tokens for the schema validator, remembering which node each token came from.</summary>
internal sealed class JsonTokens
{
    private readonly Dictionary<JToken, DocNode> _origin = new(ReferenceEqualityComparer.Instance);

    public JToken Convert(DocNode node)
    {
        JToken token;
        switch (node.Kind)
        {
            case DocNodeKind.Mapping:
                var obj = new JObject();
                foreach (var entry in node.Entries)
                {
                    var property = new JProperty(entry.Key.Value, Convert(entry.Value));
                    obj.Add(property);
                    _origin[property] = entry.Key;
                }

                token = obj;
                break;
            case DocNodeKind.Sequence:
                token = new JArray(node.Items.Select(Convert));
                break;
            default:
                token = Scalar(node);
                break;
        }

        _origin[token] = node;
        return token;
    }

    /// <summary>The node a token (or a property) was made from.</summary>
    public DocNode? Origin(JToken? token) => token is not null && _origin.TryGetValue(token, out var node) ? node : null;

    private static JValue Scalar(DocNode node) => node.ScalarKind switch
    {
        ScalarKind.Null => JValue.CreateNull(),
        ScalarKind.Bool => new JValue(node.Value is "true" or "True" or "TRUE"),
        ScalarKind.Int when TryInteger(node.Value, out var integer) => new JValue(integer),
        ScalarKind.Int or ScalarKind.Float when double.TryParse(node.Value.Replace(".inf", "Infinity", StringComparison.OrdinalIgnoreCase), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new JValue(number),
        _ => new JValue(node.Value),
    };

    private static bool TryInteger(string text, out long value)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            value = 0;
            foreach (var digit in text.AsSpan(2))
            {
                value = (value * 8) + (digit - '0');
            }

            return true;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
