#!/bin/bash
LOG=/var/log/neo4j/backup.log
run_backup() {
  neo4j-admin database backup --from=10.2.0.9:6362 --to-path=/srv/backups "$1" 2>&1 | tee -a "$LOG"
}
run_backup neo4j
run_backup system
neo4j-admin database check --from-path=/srv/backups neo4j
rclone sync /srv/backups offsite:neo4j
