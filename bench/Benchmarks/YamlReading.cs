using BackupPolicyLint.Loading.Yaml;
using BenchmarkDotNet.Attributes;

namespace BackupPolicyLint.Benchmarks;

/// <summary>
/// YamlDotNet's parser alone (the floor: its tokens, events and scalar strings) against our located reader on the same
/// texts, with allocations, so the cost the reader adds on top of the parser can be compared run to run.
/// The texts are every YAML file under examples/ (plans, policies, CI files, Kubernetes manifests).
/// </summary>
[MemoryDiagnoser]
public class YamlReading
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var examples = Path.Combine(HotPaths.FindRoot(), "examples");
        _texts = [.. Directory.EnumerateFiles(examples, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    [Benchmark(Baseline = true)]
    public int ParserAlone()
    {
        var events = 0;
        foreach (var text in _texts)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark]
    public int LocatedReader()
    {
        var documents = 0;
        foreach (var text in _texts)
        {
            documents += LocatedYamlReader.Read("plan.yaml", text).Documents.Count;
        }

        return documents;
    }
}
