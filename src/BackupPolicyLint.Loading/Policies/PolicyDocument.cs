using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Loading.Yaml;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>A policy document read, schema-checked and located: its root node, its text (for hashes) and where it lives.</summary>
internal sealed record PolicyDocument(DocNode Root, string Text, string FullPath, string DisplayPath)
{
    public string Directory => Path.GetDirectoryName(FullPath) ?? ".";

    /// <summary>
    /// Reads the first document of <paramref name="kind"/> in a file and validates it against its schema; the first
    /// problem ends the run (exit 2) with its location, like a bad flag would.
    /// </summary>
    public static PolicyDocument Read(string fullPath, string displayPath, string kind, string schema)
    {
        string text;
        try
        {
            text = InputFileReader.ReadText(fullPath, ReaderLimits.Default.MaxFileBytes);
        }
        catch (InputTooLargeException)
        {
            throw new PolicyDocumentException($"{displayPath}: the file is more than the {ReaderLimits.Default.MaxFileBytes} bytes a {kind} may have");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyDocumentException($"cannot read {kind} file '{displayPath}': {ex.Message}");
        }

        return Parse(text, fullPath, displayPath, kind, schema);
    }

    public static PolicyDocument Parse(string text, string fullPath, string displayPath, string kind, string schema)
    {
        var file = LocatedYamlReader.Read(displayPath, text);
        if (file.Findings.FirstOrDefault() is { } problem)
        {
            throw new PolicyDocumentException($"{problem.Span}: {problem.Message}");
        }

        var document = file.Documents.FirstOrDefault(d => d.Kind == kind)
            ?? throw new PolicyDocumentException($"{displayPath}: no document with kind: {kind}");

        // First, as it decides how the rest is read; the schemas do not judge const, so another apiVersion would pass as v1.
        if (document.ApiVersion != PlanLoader.ApiVersion && document.Root.Get("apiVersion") is { } apiVersion)
        {
            throw new PolicyDocumentException($"{apiVersion.Span}: apiVersion '{apiVersion.Text}' of a {kind} is not supported by this version of bpl; use '{PlanLoader.ApiVersion}'");
        }

        if (SchemaValidator.Validate(document.Root, PolicySchemas.For(schema)).FirstOrDefault() is { } invalid)
        {
            throw new PolicyDocumentException($"{invalid.Span}: {invalid.Message}");
        }

        return new PolicyDocument(document.Root, text, fullPath, displayPath);
    }

    /// <summary>A path written in this document, relative to its folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Directory);
}
