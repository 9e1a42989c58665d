resource "null_resource" "neo4j_backup" {
  triggers = { always = timestamp() }

  provisioner "local-exec" {
    command = <<-EOT
      neo4j-admin database backup --from=${aws_instance.neo4j.private_ip}:6362 --to-path=$BACKUP_DIR neo4j
      aws s3 sync $BACKUP_DIR s3://${var.backup_bucket}/neo4j/
    EOT
    environment = {
      BACKUP_DIR = "/var/backups/neo4j"
    }
  }
}
