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
            : items.AsParallel().AsOrdered().WithDegreeOfParallelism(degree).Select(map).ToList();
}
