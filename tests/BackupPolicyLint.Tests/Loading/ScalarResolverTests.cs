using System.Text.RegularExpressions;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Yaml;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// The hand-written core-schema resolver against the schema's own regular expressions (YAML 1.2.2, 10.3.2), which it
/// replaced because they allocated on every call.
/// </summary>
public sealed class ScalarResolverTests
{
    private static readonly Regex Int = new(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("0", ScalarKind.Int)]
    [InlineData("-17", ScalarKind.Int)]
    [InlineData("0o17", ScalarKind.Int)]
    [InlineData("0o8", ScalarKind.String)]
    [InlineData("0x1F", ScalarKind.Int)]
    [InlineData("0x", ScalarKind.String)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData(".5", ScalarKind.Float)]
    [InlineData("5.", ScalarKind.Float)]
    [InlineData("-1.5e+3", ScalarKind.Float)]
    [InlineData("1e", ScalarKind.String)]
    [InlineData(".", ScalarKind.String)]
    [InlineData("-.inf", ScalarKind.Float)]
    [InlineData(".NaN", ScalarKind.Float)]
    [InlineData("+.nan", ScalarKind.String)]
    [InlineData("30d", ScalarKind.String)]
    [InlineData("12:30", ScalarKind.String)]
    [InlineData("١٢", ScalarKind.String)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("false", ScalarKind.Bool)]
    [InlineData("full", ScalarKind.String)]
    public void Resolve_ShouldFollowTheCoreSchema(string text, ScalarKind expected) => Assert.Equal(expected, ScalarResolver.Resolve(text));

    [Fact]
    public void Resolve_ShouldAgreeWithTheSchemasRegularExpressions()
    {
        const string Alphabet = "0123456789+-.eExXoOabfinNIaF \n";
        var random = new Random(19);
        for (var i = 0; i < PropertyIterations.Count * 50; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            Assert.True(Oracle(text) == ScalarResolver.Resolve(text), $"'{text}': expected {Oracle(text)}, got {ScalarResolver.Resolve(text)}");
        }
    }

    [Fact]
    public void Resolve_ShouldNotAllocate()
    {
        string[] texts = ["nightly", "full", "123", "1.5", "0x1F", "0o17", ".inf", "true"];
        foreach (var text in texts)
        {
            ScalarResolver.Resolve(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var text in texts)
        {
            ScalarResolver.Resolve(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static ScalarKind Oracle(string value) => value switch
    {
        [var first, ..] when char.IsAsciiLetter(first) && first is not ('n' or 'N' or 't' or 'T' or 'f' or 'F') => ScalarKind.String,
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
        _ when Int.IsMatch(value) => ScalarKind.Int,
        _ when Float.IsMatch(value) => ScalarKind.Float,
        _ => ScalarKind.String,
    };
}
