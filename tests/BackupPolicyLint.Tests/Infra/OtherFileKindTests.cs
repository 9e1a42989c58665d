using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Loading.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Commands outside shell scripts: systemd units, Makefile recipes, Jenkinsfile sh steps, Ansible tasks, Dockerfile cron lines.</summary>
public sealed class OtherFileKindTests
{
    private static InfraFileFacts Parse(string name, string text)
    {
        var kind = InfraFileKinds.Of(name);
        var result = InfraLoader.Parse(new InputFile(name, name, Explicit: true), kind, text, ReaderLimits.Default);
        return Assert.Single(result.Facts, f => f.Jobs.Count > 0);
    }

    [Theory]
    [InlineData("neo4j-backup.service", InfraFileKind.SystemdUnit)]
    [InlineData("Makefile", InfraFileKind.Makefile)]
    [InlineData("ops/backup.mk", InfraFileKind.Makefile)]
    [InlineData("Jenkinsfile", InfraFileKind.Jenkinsfile)]
    [InlineData("ci/Jenkinsfile.backup", InfraFileKind.Jenkinsfile)]
    [InlineData("infra/main.tf", InfraFileKind.Terraform)]
    public void NewKinds_ShouldBeToldByName(string path, object kind)
    {
        // object: a theory is public and InfraFileKind is internal; InlineData still names the enum's values.
        Assert.Equal((InfraFileKind)kind, InfraFileKinds.Of(path));
    }

    [Theory]
    [InlineData("[Service]\nUser=neo4j\nExecStart=/usr/bin/neo4j-admin database backup --to-path=/b neo4j\n", "neo4j", 3, 11)]
    [InlineData("[Service]\nExecStart=-/usr/bin/neo4j-admin database backup --to-path=/b neo4j\n", "root", 2, 12)]
    [InlineData("[Service]\nUser=neo4j\nExecStart=+/usr/bin/neo4j-admin database backup \\\n  --to-path=/b neo4j\n", "root", 3, 12)]
    [InlineData("[Service]\nUser=neo4j\nEnvironment=DIR=/srv/b\nExecStart=/bin/sh -c 'neo4j-admin database backup --to-path=$DIR neo4j'\n", "neo4j", 4, 23)]
    public void SystemdExecLines_ShouldBeCommandsOfTheirUser(string unit, string user, int line, int column)
    {
        var job = Assert.Single(Parse("backup.service", unit).Jobs);

        Assert.Equal((user, line, column), (job.RunAs?.User, job.Span.Line, job.Span.Column));
    }

    [Fact]
    public void MakefileRecipes_ShouldBeReadAtTheirColumns_WithMakeVariables()
    {
        var facts = Parse("Makefile", "DIR := /srv/b\n\nbackup:\n\t@neo4j-admin database backup --to-path=$(DIR) neo4j\n");

        var job = Assert.Single(facts.Jobs);
        Assert.Equal((4, 3, "/srv/b"), (job.Span.Line, job.Span.Column, job.Destination?.Path));
    }

    [Fact]
    public void JenkinsfileShSteps_ShouldBeReadWithTheirEnvironment()
    {
        var facts = Parse("Jenkinsfile", "pipeline {\n  environment {\n    DIR = '/srv/b'\n  }\n  stages { stage('b') { steps {\n    sh \"neo4j-admin database backup --to-path=${DIR} neo4j\"\n    sh '''\n      neo4j-admin database dump system --to-path=/d\n    '''\n  } } }\n}\n");

        Assert.Equal([(6, 9, "/srv/b"), (8, 7, "/d")], facts.Jobs.Select(j => (j.Span.Line, j.Span.Column, j.Destination?.Path)));
    }

    [Fact]
    public void AnsibleTasks_ShouldBeReadWithBecome()
    {
        var yaml = "- hosts: graph\n  become: true\n  tasks:\n    - name: dump\n      ansible.builtin.shell: neo4j-admin database dump neo4j --to-path=/b\n    - name: dump system\n      command:\n        cmd: neo4j-admin database dump system --to-path={{ dir }}\n      become_user: neo4j\n";
        var facts = Parse("playbook.yml", yaml);

        Assert.Equal([("root", 5, 30), ("neo4j", 8, 14)], facts.Jobs.Select(j => (j.RunAs?.User ?? "", j.Span.Line, j.Span.Column)));
    }

    [Fact]
    public void TerraformLocalExec_ShouldBeReadInQuotedAndHeredocCommands()
    {
        var tf = "resource \"null_resource\" \"a\" {\n  provisioner \"local-exec\" {\n    command = \"neo4j-admin database dump neo4j --to-path=/d\"\n  }\n}\n"
            + "resource \"null_resource\" \"b\" {\n  provisioner \"local-exec\" {\n    command = <<EOT\nneo4j-admin database backup --to-path=$DIR system\nEOT\n    environment = { DIR = \"/b\" }\n  }\n}\n";
        var facts = Parse("main.tf", tf);

        Assert.Equal([(3, 16, "/d"), (9, 1, "/b")], facts.Jobs.Select(j => (j.Span.Line, j.Span.Column, j.Destination?.Path)));
    }

    [Fact]
    public void DockerfileCronLines_ShouldCarryTheirUserField()
    {
        var facts = Parse("Dockerfile", "FROM neo4j:5.26.2-enterprise\nRUN echo '0 3 * * * root neo4j-admin database backup --from=db:6362 --to-path=/b \"*\"' >> /etc/crontab\n");

        var job = Assert.Single(facts.Jobs);
        Assert.Equal(("root", "0 3 * * *", 2, 26), (job.RunAs?.User, job.Schedule?.Cron, job.Span.Line, job.Span.Column));
    }
}
