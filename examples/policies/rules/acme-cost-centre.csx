// @id ACME201
// @name production-plan-cost-centre
// @severity warning
// @title Production plans carry a cost-centre label, so backup storage is charged to its owner.
// @param label cost-centre
//
// A C# script rule: the globals are Plan, Now, Parameter/Number/Duration and Report (docs/configuration.md).
if (Plan.Environment != "production")
{
    return;
}

var label = Parameter("label") ?? "cost-centre";
if (!Plan.Labels.TryGetValue(label, out var centre) || !centre.StartsWith("cc-"))
{
    var metadata = Plan.Node.Get("metadata") ?? Plan.Node;
    Report(metadata, $"Production plan '{Plan.Name}' has no '{label}' label of the form cc-NNNN, so its backup storage cannot be charged; add metadata.labels.{label}");
}
