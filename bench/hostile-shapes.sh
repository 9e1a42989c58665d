#!/usr/bin/env bash
# Time and peak memory on the input shapes that used to be quadratic, each at 1×, 10× and 100× its base size:
#   script  — one backup script of N piped backup lines, each its own database and source
#   keys    — one plan whose spec is a flat mapping of N unknown keys
#   dbnames — one backup command naming N databases
#   diffs   — one script of N differential backups, each its own database and folder (N storages in the implicit plan)
# Usage: bash bench/hostile-shapes.sh [SHAPE ...]   (default: all four; bases 1,000 / 1,600 / 400 / 160)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=${TMPDIR:-/tmp}/bpl-bench-hostile
mkdir -p "$tmp"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
dotnet build -c Release src/BackupPolicyLint.Cli -v quiet -nologo >/dev/null
bpl="dotnet src/BackupPolicyLint.Cli/bin/Release/net10.0/bpl.dll"

generate() {
  local shape=$1 n=$2 file=$3
  case $shape in
    script) { echo '#!/bin/bash'; for i in $(seq 1 "$n"); do echo "neo4j-admin database backup --from=h$i:6362 --to-path=/backups db$i | tee -a /var/log/b.log"; done; } > "$file" ;;
    keys) { printf 'apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: big\nspec:\n'; for i in $(seq 1 "$n"); do echo "  key$i: $i"; done; } > "$file" ;;
    dbnames) { echo '#!/bin/bash'; printf 'neo4j-admin database backup --to-path=/backups'; for i in $(seq 1 "$n"); do printf ' db%s' "$i"; done; echo; } > "$file" ;;
    diffs) { echo '#!/bin/bash'; for i in $(seq 1 "$n"); do echo "neo4j-admin database backup --type=diff --from=h$i:6362 --to-path=/backups/d$i db$i"; done; } > "$file" ;;
  esac
}

echo "| shape | size | wall | peak RSS |"
echo "|---|---|---|---|"
for shape in "${@:-script keys dbnames diffs}"; do
  for s in $shape; do
    case $s in script) base=1000; ext=sh ;; keys) base=1600; ext=yaml ;; dbnames) base=400; ext=sh ;; diffs) base=160; ext=sh ;; esac
    for factor in 1 10 100; do
      n=$((base * factor))
      file="$tmp/$s-$n.$ext"
      [ -f "$file" ] || generate "$s" "$n" "$file"
      /usr/bin/time -f "%e %M" -o "$tmp/time" $bpl check "$file" --now 2026-11-20T06:00:00Z --output /dev/null >/dev/null 2>&1 || true
      read -r wall rss < <(tail -n 1 "$tmp/time")
      echo "| $s | $n | ${wall} s | $((rss / 1024)) MiB |"
    done
  done
done
