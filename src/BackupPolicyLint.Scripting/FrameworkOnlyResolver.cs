using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// Keeps a guarded script's view to the assemblies it is given (base library, LINQ, Regex, bpl's model and globals):
/// Roslyn would otherwise resolve every assembly those reference, transitively (bpl's scripting assembly references
/// Roslyn, which references XML, HTTP, cryptography...), and each would be more API to guard. Only the facades the
/// model's signatures are written against are resolved; <c>#r</c> resolves nothing (it is refused anyway).
/// </summary>
internal sealed class FrameworkOnlyResolver(MetadataReferenceResolver inner) : MetadataReferenceResolver
{
    private static readonly HashSet<string> Facades = new(StringComparer.Ordinal) { "System.Runtime", "System.Collections", "System.Memory" };

    public override bool ResolveMissingAssemblies => true;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        Facades.Contains(referenceIdentity.Name) ? inner.ResolveMissingAssembly(definition, referenceIdentity) : null;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];

    public override bool Equals(object? other) => other is FrameworkOnlyResolver resolver && resolver.Inner.Equals(Inner);

    public override int GetHashCode() => Inner.GetHashCode();

    private MetadataReferenceResolver Inner => inner;
}
