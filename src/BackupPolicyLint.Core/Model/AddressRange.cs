using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace BackupPolicyLint.Model;

/// <summary>
/// One entry of a firewall allow-list: an address (one host), a CIDR range (IPv4 /0–/32, IPv6 /0–/128), a host name
/// (resolved by nothing here: one host), or a wildcard (any address).
/// </summary>
public sealed partial record AddressRange(AddressFamily Family, int Prefix, bool IsAny, bool IsHostName)
{
    /// <summary>The longest prefix of the family: 32 for IPv4, 128 for IPv6.</summary>
    public int MaxPrefix => Family == AddressFamily.InterNetworkV6 ? 128 : 32;

    /// <summary>One host: a single address (/32, /128) or a host name.</summary>
    public bool IsOneHost => IsHostName || Prefix == MaxPrefix;

    /// <summary>Reads one allow-list entry; on failure <paramref name="problem"/> says why it is not one.</summary>
    public static bool TryParse(string entry, out AddressRange range, out string problem)
    {
        range = new AddressRange(AddressFamily.Unspecified, 0, IsAny: true, IsHostName: false);
        problem = "";
        var text = entry.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        if (slash < 0 && HostNames.IsWildcard(address))
        {
            return address.Length > 0 || Fail(out problem, "is empty");
        }

        if (!IPAddress.TryParse(address, out var ip))
        {
            if (slash < 0 && HostName().IsMatch(address))
            {
                range = new AddressRange(AddressFamily.Unspecified, 0, IsAny: false, IsHostName: true);
                return true;
            }

            return Fail(out problem, slash < 0
                ? "is neither an IP address, a CIDR range (10.0.9.10/32) nor a host name"
                : $"is not a CIDR range: '{address}' is not an IP address");
        }

        var max = ip.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (slash < 0)
        {
            range = new AddressRange(ip.AddressFamily, max, IsAny: false, IsHostName: false);
            return true;
        }

        var prefixText = text[(slash + 1)..];
        if (!int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > max)
        {
            var hint = IPAddress.TryParse(prefixText, out _) ? " (a netmask; write the prefix length, e.g. /24 for 255.255.255.0)" : "";
            return Fail(out problem, $"is not a CIDR range: the prefix after '/' must be a number from 0 to {max}{hint}");
        }

        range = new AddressRange(ip.AddressFamily, prefix, IsAny: prefix == 0, IsHostName: false);
        return true;
    }

    private static bool Fail(out string problem, string why)
    {
        problem = why;
        return false;
    }

    /// <summary>RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.</summary>
    [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}
