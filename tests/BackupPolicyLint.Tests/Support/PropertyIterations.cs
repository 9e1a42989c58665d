namespace BackupPolicyLint.Tests;

/// <summary>
/// How many cases each property test tries: BPL_PROPERTY_ITERATIONS, or a few hundred for the everyday loop (CI runs the
/// default; `BPL_PROPERTY_ITERATIONS=5000 dotnet test` is the long run, see the README).
/// </summary>
internal static class PropertyIterations
{
    public static int Count { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("BPL_PROPERTY_ITERATIONS"), out var count) && count > 0 ? count : 200;
}
