using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// The DBMS resources of a Neo4j Kubernetes operator (<c>kind: Neo4jEnterpriseCluster</c>,
/// <c>Neo4jEnterpriseStandalone</c>): Enterprise Edition by their kind, and the version of <c>spec.image.tag</c>
/// (read like any Neo4j image tag). Their other fields (topology, TLS, storage) are not read.
/// </summary>
internal static class OperatorClusterReader
{
    public static bool Reads(string kind) => kind is "Neo4jEnterpriseCluster" or "Neo4jEnterpriseStandalone";

    public static void Read(DocNode root, string kind, InfraFileFacts facts)
    {
        var kindNode = root.Get("kind")!;
        facts.EditionHints.Add(new EditionHint("enterprise", EditionSignal.Named, $"kind: {kind}", kindNode.Span));
        var image = root.Get("spec")?.Get("image");
        if (image?.Get("tag") is { Text: { } tag } tagNode)
        {
            var repository = image.Get("repo")?.Text ?? image.Get("repository")?.Text ?? "neo4j";
            ImageTags.Read($"{repository}:{tag}", tagNode.Span, facts);
        }
    }
}
