using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine.Spill;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>What goes to a spill file comes back equal, every field of it.</summary>
public sealed class RecordCodecTests
{
    private static readonly Gen<string> Text = Gen.OneOf(Gen.String, Gen.Const(""), Gen.Const("é ✓ \u0000 \ud83d\ude00"), Gen.Const("a\nb\r\n"));
    private static readonly Gen<string?> Optional = Gen.OneOf(Text.Select(t => (string?)t), Gen.Const((string?)null));

    private static readonly Gen<Suppression?> Suppressions = Gen.OneOf(
        Gen.Const((Suppression?)null),
        Gen.Select(Gen.Enum<SuppressionKind>(), Text, Optional, Gen.OneOf(Gen.Const((DateOnly?)null), Gen.Int[1, 3_000_000].Select(d => (DateOnly?)DateOnly.FromDayNumber(d))), Text,
            (kind, why, owner, expires, at) => (Suppression?)new Suppression(kind, why, owner, expires, at)));

    private static readonly Gen<Finding> Findings =
        Gen.Select(Gen.Select(Text, Text, Gen.Enum<Severity>(), Text), Gen.Select(Text, Gen.Int, Gen.Int, Gen.Int, Gen.Int), Gen.Select(Gen.Enum<SourceKind>(), Optional, Text, Text), Gen.Select(Gen.Bool, Suppressions, Optional),
            (rule, span, about, suppression) => new Finding
            {
                RuleId = rule.Item1,
                RuleName = rule.Item2,
                Severity = rule.Item3,
                Message = rule.Item4,
                Span = new SourceSpan(span.Item1, span.Item2, span.Item3, span.Item4, span.Item5),
                Source = about.Item1,
                Subject = about.Item2,
                Fingerprint = about.Item3,
                LogicalPath = about.Item4,
                Suppressed = suppression.Item1,
                Suppression = suppression.Item2,
                PlanId = suppression.Item3,
            });

    [Fact]
    public void Finding_ShouldComeBackEqual() =>
        Findings.Sample(finding => Assert.Equal(finding, RoundTrip(FindingCodec.Instance, finding)), iter: PropertyIterations.Count);

    [Fact]
    public void PlanRecord_ShouldComeBackEqual_WithTheRunsOwnRules()
    {
        var rules = RuleCatalog.All.Select(r => r.Descriptor).ToList();
        var codec = new PlanRecordCodec();
        var applicabilities = Gen.OneOf(
            Gen.Const(Applicability.Applicable),
            Text.Select(Applicability.NotApplicable),
            Text.Select(Applicability.NotEvaluated));
        var databases = Gen.Select(Text, Text.Array[0, 3], (name, jobs) => new DatabaseEvidence(name, jobs)).Array[0, 4];
        var records = Gen.Select(
            Gen.Int[0, int.MaxValue],
            Gen.Select(Text, Text, Text, Gen.Int, Text, Text),
            Gen.Select(Optional, Optional, databases),
            Gen.Select(Gen.Int[0, rules.Count - 1], Text, Gen.Enum<Severity>(), applicabilities).Array[0, 5],
            (index, plan, dbms, evaluations) =>
            {
                var identity = new PlanIdentity(plan.Item1, plan.Item2, plan.Item3, plan.Item5);
                var summary = new PlanSummary
                {
                    Id = plan.Item1, Name = plan.Item2, File = plan.Item3, Line = plan.Item4, Environment = plan.Item5, Pack = plan.Item6,
                    Edition = dbms.Item1, Topology = dbms.Item2, Databases = dbms.Item3,
                };
                return new PlanRecord(index, summary, evaluations.Select(e => new RuleEvaluation(identity, rules[e.Item1], e.Item2, e.Item3, e.Item4)).ToList());
            });

        records.Sample(record =>
        {
            var read = RoundTrip(codec, record);
            Assert.Equal(record.Index, read.Index);
            Assert.Equal(record.Summary with { Databases = [] }, read.Summary with { Databases = [] });
            Assert.Equal(record.Summary.Databases.Select(d => (d.Name, string.Join("\n", d.CoveringJobs))), read.Summary.Databases.Select(d => (d.Name, string.Join("\n", d.CoveringJobs))));
            Assert.Equal(record.Evaluations, read.Evaluations);
            // The run's own descriptors come back, not copies.
            Assert.All(read.Evaluations.Zip(record.Evaluations), e => Assert.Same(e.Second.Rule, e.First.Rule));
        }, iter: PropertyIterations.Count);
    }

    /// <summary>A field added to a spilled record and not to its codec would vanish from reports of large runs: this names them.</summary>
    [Theory]
    [InlineData(typeof(Finding), "RuleId RuleName Severity Message Span Source Subject Fingerprint LogicalPath Suppressed Suppression PlanId")]
    [InlineData(typeof(SourceSpan), "File Line Column EndLine EndColumn")]
    [InlineData(typeof(Suppression), "Kind Justification Owner Expires DeclaredAt")]
    [InlineData(typeof(PlanSummary), "Id Name File Line Environment Pack Edition Topology Databases")]
    [InlineData(typeof(DatabaseEvidence), "Name CoveringJobs")]
    [InlineData(typeof(RuleEvaluation), "Plan Rule Pack Severity Applicability")]
    [InlineData(typeof(PlanIdentity), "Id Name File Environment")]
    [InlineData(typeof(Applicability), "Kind Reason")]
    public void EverySpilledField_ShouldBeOneTheCodecsWrite(Type type, string written)
    {
        // Every property with a setter is state; computed ones (RuleOutcome.Rule) follow from it.
        var fields = type.GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(written.Split(' ').Order(StringComparer.Ordinal), fields);
    }

    private static T RoundTrip<T>(IRecordCodec<T> codec, T record)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            codec.Write(writer, record);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = codec.Read(reader);
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }
}
