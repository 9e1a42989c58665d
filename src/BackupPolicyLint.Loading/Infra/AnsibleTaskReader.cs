using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads Ansible playbooks and task files (a YAML list of plays or tasks): <c>command</c>/<c>shell</c>/<c>raw</c> tasks
/// (short or <c>ansible.builtin.</c> names, free form or <c>cmd:</c>) read as shell where they are written, inside
/// <c>block</c>/<c>rescue</c>/<c>always</c> too; <c>become</c> (root unless <c>become_user</c>, from the task or its play)
/// says who runs them, and without become the connecting user is unknown. A <c>service</c>/<c>systemd</c> task that stops,
/// starts or restarts neo4j puts the play on the DBMS's own host. <c>{{ … }}</c> stays symbolic.
/// </summary>
internal static partial class AnsibleTaskReader
{
    private static readonly string[] CommandModules = ["command", "shell", "raw"];
    private static readonly string[] ServiceModules = ["service", "systemd", "systemd_service"];
    private static readonly string[] TaskLists = ["tasks", "pre_tasks", "post_tasks", "handlers", "block", "rescue", "always"];

    public static void Read(LoadedFile file, string text, InfraFileFacts facts)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var document in file.Documents)
        {
            if (document.Root is { IsSequence: true } root && root.Items.All(i => i.IsMapping) && root.Items.Any(IsPlayOrTask))
            {
                Tasks(root.Items, become: null, lines, facts);
            }
        }
    }

    private static bool IsPlayOrTask(DocNode item) =>
        item.Get("hosts") is not null || TaskLists.Any(l => item.Get(l) is not null) || ModuleOf(item, CommandModules) is not null || ModuleOf(item, ServiceModules) is not null;

    /// <summary>The tasks of a list, with the become user of the play or block around them (null: no become).</summary>
    private static void Tasks(IReadOnlyList<DocNode> items, (string User, SourceSpan Span)? become, List<string> lines, InfraFileFacts facts)
    {
        foreach (var item in items.Where(i => i.IsMapping))
        {
            var user = Become(item, become);
            foreach (var list in TaskLists)
            {
                if (item.Get(list) is { IsSequence: true } nested)
                {
                    Tasks(nested.Items, user, lines, facts);
                }
            }

            if (ModuleOf(item, CommandModules) is { } command)
            {
                var script = command.IsMapping ? command.Get("cmd") : command;
                if (script is { Text: not null })
                {
                    var positions = ScalarPositions.Of(script, lines);
                    var shellText = Jinja().Replace(script.Value, m => "${" + new string('J', Math.Max(1, m.Length - 3)) + "}");
                    var context = new ExtractionContext { File = facts.File, Source = SourceKind.Script, RunAs = user };
                    ShellCommandExtractor.Extract(ShellTokenizer.Tokenize(shellText, positions), context, facts);
                }
            }
            else if (ModuleOf(item, ServiceModules) is { } service && ControlsNeo4j(service))
            {
                facts.ControlsNeo4jHere ??= service.Span;
            }
        }
    }

    private static DocNode? ModuleOf(DocNode task, string[] modules) =>
        modules.Select(m => task.Get(m) ?? task.Get("ansible.builtin." + m) ?? task.Get("ansible.legacy." + m)).FirstOrDefault(n => n is not null);

    /// <summary>
    /// become: true → root, or become_user; become: false → nobody switched (the connecting user, unknown); no become →
    /// the play's, with this item's become_user if it names one.
    /// </summary>
    private static (string, SourceSpan)? Become(DocNode item, (string User, SourceSpan Span)? inherited)
    {
        var node = item.Get("become");
        var on = node?.Text is "true" or "yes" or "True" or "on";
        if (node is not null && !on)
        {
            return null;
        }

        if (!on && inherited is null)
        {
            return null;
        }

        if (item.Get("become_user") is { Text: { } user } userNode)
        {
            return user.Contains("{{", StringComparison.Ordinal) ? null : (CommandUnwrapper.UserOf(user), userNode.Span);
        }

        return on ? ("root", node!.Span) : inherited;
    }

    private static bool ControlsNeo4j(DocNode service)
    {
        var (name, state) = service.IsMapping
            ? (service.Get("name")?.Text ?? "", service.Get("state")?.Text ?? "")
            : (Regex.Match(service.Value, @"name=(\S+)").Groups[1].Value, Regex.Match(service.Value, @"state=(\S+)").Groups[1].Value);
        return name.Contains("neo4j", StringComparison.OrdinalIgnoreCase) && state is "stopped" or "started" or "restarted";
    }

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Jinja();
}
