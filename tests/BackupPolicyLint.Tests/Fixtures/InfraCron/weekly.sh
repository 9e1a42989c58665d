#!/bin/bash
# Run by backup.cron through sudo -u neo4j: the cron line's root is not the user that runs neo4j-admin.
set -euo pipefail
neo4j-admin database backup --from=backup-client.internal:6362 --temp-path=/staging --to-path=s3://acme-backups/neo4j-weekly "*"
