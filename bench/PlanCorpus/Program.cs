using System.Globalization;
using System.Text;

// bench/PlanCorpus: deterministic plan corpus. Usage: --plans N --out DIR [--seed S] [--infra]
var plans = 1000;
var output = Path.Combine(Path.GetTempPath(), "bpl-corpus");
var seed = 42;
var infra = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--plans": plans = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--infra": infra = true; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

if (Directory.Exists(output))
{
    Directory.Delete(output, recursive: true);
}

var random = new Random(seed);
long bytes = 0;
for (var n = 0; n < plans; n++)
{
    var folder = Path.Combine(output, $"team-{n % 50:00}");
    Directory.CreateDirectory(folder);
    var text = CorpusPlans.Plan(random, n);
    File.WriteAllText(Path.Combine(folder, $"plan-{n:00000}.yaml"), text);
    bytes += Encoding.UTF8.GetByteCount(text);
}

if (infra)
{
    CorpusInfra.Write(random, Path.Combine(output, "infra"), Math.Max(1, plans / 10));
}

Console.WriteLine($"{plans} plans, {bytes / (1024.0 * 1024):0.0} MiB, in {output}");
return 0;
