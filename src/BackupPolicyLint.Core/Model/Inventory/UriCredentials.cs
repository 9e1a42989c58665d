using System.Text.RegularExpressions;

namespace BackupPolicyLint.Model.Inventory;

/// <summary>
/// Takes the user-info part out of a URI as text (<c>https://user:secret@host</c> → <c>https://host</c>): an inventory
/// snapshot is a file anyone may have edited, so the source it records is not trusted to be free of credentials.
/// </summary>
internal static partial class UriCredentials
{
    public static string Remove(string uri) => UserInfo().Replace(uri, "${scheme}", 1);

    [GeneratedRegex("^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UserInfo();
}
