using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Rules.Declarative;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>The operators of declarative rules over a small plan document.</summary>
public sealed class AssertionEvaluatorTests
{
    private const string Plan = """
        metadata: { name: p, labels: { tier: gold } }
        spec:
          environment: production
          retention: { keepLast: 14, maxAge: 20d }
          recovery: { testing: { cadence: 90d, lastTested: 2026-10-01 } }
          jobs:
            - { name: nightly, schedule: "0 2 * * *", runAs: neo4j }
            - { name: hourly, schedule: "0 * * * *" }
        """;

    private static readonly DateTimeOffset Now = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AssertionFailure> Run(Assertion assertion) =>
        new AssertionEvaluator(Now).Evaluate(assertion, LocatedYamlReader.Read("p.yaml", Plan).Documents[0].Root, "");

    [Fact]
    public void Comparisons_ShouldUseNumbersDurationsAndDates()
    {
        Assert.Empty(Run(new Assertion { Path = "spec.retention.keepLast", Gte = "14" }));
        Assert.Single(Run(new Assertion { Path = "spec.retention.keepLast", Gte = "15" }));
        Assert.Single(Run(new Assertion { Path = "spec.retention.maxAge", Gte = "30d" }));
        Assert.Empty(Run(new Assertion { Path = "spec.retention.maxAge", Lte = "3w" }));
        Assert.Empty(Run(new Assertion { Path = "spec.recovery.testing.lastTested", Gte = "now-60d" }));
        Assert.Single(Run(new Assertion { Path = "spec.recovery.testing.lastTested", Gte = "2026-10-02" }));
    }

    [Fact]
    public void MissingNode_ShouldFailAtItsNearestParent()
    {
        var failure = Assert.Single(Run(new Assertion { Path = "spec.retention.archive.keepFor", Exists = true }));
        Assert.Equal("/spec/retention", failure.Location.Pointer);
        Assert.Empty(Run(new Assertion { Path = "spec.retention.archive", Exists = false }));
    }

    [Fact]
    public void Wildcards_ShouldJudgeEveryItemAndNameThem()
    {
        var failure = Assert.Single(Run(new Assertion { Path = "spec.jobs[*].runAs", EqualsValue = "neo4j" }));
        Assert.Equal("spec.jobs[hourly].runAs", failure.Path);
        Assert.Equal("/spec/jobs/1", failure.Location.Pointer);
    }

    [Fact]
    public void Combinators_ShouldComposeRelativeToTheirNode()
    {
        Assert.Empty(Run(new Assertion { Path = "spec.jobs[*]", Any = [new Assertion { Path = "runAs", Exists = true }, new Assertion { Path = "schedule", Matches = @"^0 \* " }] }));
        Assert.Single(Run(new Assertion { Path = "spec.jobs[*]", All = [new Assertion { Path = "schedule", Matches = "^0 2" }] }));
        Assert.Single(Run(new Assertion { Path = "spec.environment", Not = new Assertion { In = ["production", "staging"] } }));
        Assert.Empty(Run(new Assertion { Path = "metadata.labels.*", In = ["gold", "silver"] }));
    }
}
