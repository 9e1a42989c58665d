namespace BackupPolicyLint.Loading.Infra;

/// <summary>The kinds of infrastructure file bpl reads, told by name (and, for extension-less scripts, by the shebang).</summary>
internal enum InfraFileKind
{
    None,
    Conf,
    Shell,
    MaybeShell,
    Cron,
    Dockerfile,
    Yaml,
    SystemdUnit,
    Makefile,
    Jenkinsfile,
    Terraform,

    /// <summary>A template (Jinja <c>*.j2</c>, Go <c>*.tpl</c>/<c>*.gotmpl</c>/<c>*.tmpl</c>): not read, listed by --verbose when it mentions Neo4j.</summary>
    Template,
}

internal static class InfraFileKinds
{
    public static InfraFileKind Of(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var parent = Path.GetFileName(Path.GetDirectoryName(path) ?? "");
        if (name == "Dockerfile" || name.StartsWith("Dockerfile.", StringComparison.Ordinal) || extension == ".dockerfile" || name == "Containerfile")
        {
            return InfraFileKind.Dockerfile;
        }

        if (name == "crontab" || extension == ".cron" || parent == "cron.d")
        {
            return InfraFileKind.Cron;
        }

        if (name is "Makefile" or "makefile" or "GNUmakefile" || extension == ".mk")
        {
            return InfraFileKind.Makefile;
        }

        if (name == "Jenkinsfile" || name.StartsWith("Jenkinsfile.", StringComparison.Ordinal) || extension == ".jenkinsfile")
        {
            return InfraFileKind.Jenkinsfile;
        }

        return extension switch
        {
            ".conf" => InfraFileKind.Conf,
            ".service" => InfraFileKind.SystemdUnit,
            ".tf" => InfraFileKind.Terraform,
            ".sh" or ".bash" or ".ksh" or ".zsh" => InfraFileKind.Shell,
            ".yaml" or ".yml" => InfraFileKind.Yaml,
            ".j2" or ".jinja" or ".jinja2" or ".tpl" or ".gotmpl" or ".tmpl" => InfraFileKind.Template,
            "" when !name.StartsWith('.') => InfraFileKind.MaybeShell,
            _ => InfraFileKind.None,
        };
    }
}
