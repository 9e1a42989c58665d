#!/bin/sh
# Stream a compressed dump of each database straight to the backup share.
set -e
for db in neo4j system; do
  neo4j-admin database dump "$db" --to-stdout | gzip -9 > "/mnt/backup-share/$db.dump.gz"
done
