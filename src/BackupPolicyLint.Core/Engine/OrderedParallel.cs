using System.Runtime.CompilerServices;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// Maps items in parallel, results in input order. One item, or one thread, is mapped on the calling thread: PLINQ's
/// start (its operators are compiled at first use, over a hundred methods) is most of a one-file run's cost otherwise.
/// </summary>
internal static class OrderedParallel
{
    public static List<TResult> Map<TItem, TResult>(IReadOnlyCollection<TItem> items, int degree, Func<TItem, TResult> map) =>
        items.Count <= 1 || degree <= 1
            ? items.Select(map).ToList()
            : MapInParallel(items, degree, map);

    /// <summary>
    /// A method of its own, never inlined: ReadyToRun code resolves the types a method names before it first runs, so PLINQ
    /// written inline in <see cref="Map"/> loaded System.Linq.Parallel even for one file.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<TResult> MapInParallel<TItem, TResult>(IReadOnlyCollection<TItem> items, int degree, Func<TItem, TResult> map) =>
        items.AsParallel().AsOrdered().WithDegreeOfParallelism(degree).Select(map).ToList();
}
