#!/bin/bash
# Run the backup inside the backup pod; the commands are fed to its shell.
set -euo pipefail
NAMESPACE=graph

kubectl exec -i -n "$NAMESPACE" neo4j-backup-0 -- bash -s <<'EOF'
set -euo pipefail
neo4j-admin database backup --from=neo4j-core-0.neo4j:6362 --to-path=/backups neo4j
neo4j-admin database check --from-path=/backups neo4j
EOF
