namespace BackupPolicyLint.Engine;

/// <summary>
/// A PATH folder in which bpl read no file is a usage error: a typo'd or wrong folder would otherwise pass as
/// "0 files checked" with exit 0, a green check that checked nothing (as ESLint refuses a pattern that matches no file).
/// </summary>
internal static class EmptyInputs
{
    /// <param name="options">The paths given, and the working directory they are relative to.</param>
    /// <param name="read">The files read, and those found about Neo4j but not judged, relative to the working directory ('/' separated).</param>
    public static void Refuse(CheckRequest options, IReadOnlyList<string> read)
    {
        var readFull = read.Select(f => Path.GetFullPath(f, options.WorkingDirectory)).ToList();
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(path, options.WorkingDirectory);
            // A file named on the command line is always read (and reported on), whatever it holds.
            if (File.Exists(full))
            {
                continue;
            }

            var folder = Path.EndsInDirectorySeparator(full) ? full : full + Path.DirectorySeparatorChar;
            if (!readFull.Any(f => f.StartsWith(folder, StringComparison.Ordinal)))
            {
                throw new CheckFailureException(CheckFailureKind.NoFilesToCheck, $"no files to check under {path}: no backup plan (apiVersion: bpl/v1) and no Neo4j configuration, script or manifest; give --allow-no-files to accept an empty run");
            }
        }
    }
}
