#!/usr/bin/env bash
# Time on one generated backup script of 1×, 10× and 100× as many piped backup lines (each its own database and
# source): the shape that was quadratic (every rule asked, per database, which of all the jobs protect it).
# Usage: bash bench/script-lines.sh [BASE]   (BASE lines for 1×, default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-1000}
tmp=${TMPDIR:-/tmp}/bpl-bench-script-lines
mkdir -p "$tmp"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
dotnet build -c Release src/BackupPolicyLint.Cli -v quiet -nologo >/dev/null
bpl="dotnet src/BackupPolicyLint.Cli/bin/Release/net10.0/bpl.dll"
echo "| lines | wall | peak RSS |"
echo "|---|---|---|"
for factor in 1 10 100; do
  n=$((base * factor))
  file="$tmp/backup-$n.sh"
  [ -f "$file" ] || { echo '#!/bin/bash'; for i in $(seq 1 "$n"); do echo "neo4j-admin database backup --from=h$i:6362 --to-path=/backups db$i | tee -a /var/log/b.log"; done; } > "$file"
  /usr/bin/time -f "%e %M" -o "$tmp/time" $bpl check "$file" --now 2026-11-20T06:00:00Z --output /dev/null >/dev/null 2>&1 || true
  read -r wall rss < <(tail -n 1 "$tmp/time")
  echo "| $n | ${wall} s | $((rss / 1024)) MiB |"
done
