namespace BackupPolicyLint.Scripting;

/// <summary>Reads a script's header and loads its compiled form (cache or Roslyn) into a <see cref="ScriptRule"/>.</summary>
internal static class ScriptRuleLoader
{
    /// <summary>
    /// The rule; <c>read</c> reads the script file's text (the caller's guarded reader: a regular file, size-limited), and
    /// <c>compiling</c> hears the display path just before Roslyn compiles the script (a cache miss), for progress, and
    /// <c>notice</c> hears why the cache is not used, for --verbose.
    /// </summary>
    public static ScriptRule Load(string fullPath, string displayPath, string cacheDirectory, string toolVersion, ScriptLimits limits, bool allowUnsafeApis, Func<string, string> read, Action<string>? compiling = null, Action<string>? notice = null)
    {
        string text;
        try
        {
            text = read(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScriptCompileException($"cannot read script '{displayPath}': {ex.Message}");
        }

        var descriptor = ScriptHeader.Parse(text, displayPath);
        var compiled = ScriptCompiler.Load(text, displayPath, cacheDirectory, toolVersion, allowUnsafeApis, compiling, notice);
        return new ScriptRule(compiled, descriptor, limits);
    }
}
