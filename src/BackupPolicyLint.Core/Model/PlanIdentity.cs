namespace BackupPolicyLint.Model;

/// <summary>
/// What a report needs to name a plan after its document is gone: the engine judges plans in batches and drops each
/// batch's trees, so outcomes and waivers hold this instead of the <see cref="BackupPlan"/>.
/// </summary>
/// <param name="Id">Unique within a run: the file and the document's index in it (<see cref="BackupPlan.Id"/>).</param>
/// <param name="Name">The plan's <c>metadata.name</c>.</param>
/// <param name="File">The plan's file as displayed.</param>
/// <param name="Environment">The environment it is judged as (<see cref="BackupPlan.Environment"/>).</param>
internal sealed record PlanIdentity(string Id, string Name, string File, string Environment);
