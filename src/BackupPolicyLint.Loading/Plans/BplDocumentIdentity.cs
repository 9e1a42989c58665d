using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>
/// Documents that mean to be bpl's but say so wrongly: a bpl kind with a missing or misspelt apiVersion, or bpl's
/// apiVersion with an unknown kind. Without this check such a plan is skipped as another tool's document and its
/// author believes it passed. Other tools' documents stay silent: Trilio's <c>kind: BackupPlan</c> has its own
/// apiVersion, and <c>kind: Config</c> (kubeconfig), <c>kind: Rule</c> or <c>kind: Inventory</c> without an apiVersion are too common to claim.
/// </summary>
internal static class BplDocumentIdentity
{
    /// <summary>Kinds distinctive enough that a missing apiVersion still means bpl.</summary>
    private static readonly string[] DistinctiveKinds = [PlanLoader.PlanKind, "PolicyPack", "Waivers", "Baseline"];

    /// <summary>Every kind bpl reads or writes: plans, the policy documents, inventory snapshots.</summary>
    private static readonly string[] AllKinds = [PlanLoader.PlanKind, .. PlanLoader.PolicyKindNames, Model.Inventory.DbmsInventory.Kind];

    /// <summary>The BPL002 finding for a document that names bpl wrongly, or null when it is bpl's or none of bpl's business.</summary>
    public static Finding? Problem(LoadedDocument document)
    {
        if (!document.Root.IsMapping || document.Root.Get("kind") is not { } kindNode || kindNode.Text is not { } kind)
        {
            return null;
        }

        var apiNode = document.Root.Get("apiVersion");
        var apiVersion = apiNode?.Text;
        if (apiVersion == PlanLoader.ApiVersion)
        {
            return AllKinds.Contains(kind, StringComparer.Ordinal)
                ? null
                : Finding(kindNode, $"kind '{kind}' is not one of bpl's ({string.Join(", ", AllKinds)}){Hint(kind, AllKinds)}. The document is not checked until it is");
        }

        if (!AllKinds.Contains(kind, StringComparer.Ordinal))
        {
            return null;
        }

        if (apiNode is null)
        {
            return DistinctiveKinds.Contains(kind, StringComparer.Ordinal)
                ? Finding(kindNode, $"a {kind} needs apiVersion: {PlanLoader.ApiVersion}; without it the document is not checked")
                : null;
        }

        if (apiVersion is null)
        {
            return Finding(apiNode, $"apiVersion of a {kind} is one value, '{PlanLoader.ApiVersion}'; the document is not checked");
        }

        if (apiVersion.StartsWith(PlanLoader.ApiGroup, StringComparison.Ordinal))
        {
            return Finding(apiNode, $"apiVersion '{apiVersion}' is not supported by this version of bpl; use '{PlanLoader.ApiVersion}'");
        }

        return Similarity.Closest(apiVersion, [PlanLoader.ApiVersion]) is not null
            || apiVersion.StartsWith("bpl", StringComparison.OrdinalIgnoreCase)
            ? Finding(apiNode, $"apiVersion '{apiVersion}' is not bpl's; did you mean '{PlanLoader.ApiVersion}'? The document is not checked until it is")
            : null;
    }

    private static string Hint(string kind, IEnumerable<string> kinds) =>
        Similarity.Closest(kind, kinds) is { } best ? $"; did you mean '{best}'?" : "";

    private static Finding Finding(DocNode node, string message) =>
        DiagnosticIds.Create(DiagnosticIds.SchemaViolation, message, node.Span, logicalPath: node.Pointer);
}
