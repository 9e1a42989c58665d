using System.Reflection;

namespace BackupPolicyLint.Scripting;

/// <summary>A script's compiled assembly and its entry point; <see cref="CompiledNow"/> is false when it came from the cache.</summary>
internal sealed record CompiledScript(string DisplayPath, MethodInfo Factory, bool CompiledNow, string CacheFile);
