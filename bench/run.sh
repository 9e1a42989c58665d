#!/usr/bin/env bash
# End-to-end benchmark: builds bpl in Release, generates the plan corpora (deterministic, seed 42),
# and prints a Markdown table of wall time, files/s and peak RSS; then the live-collection table of
# bench/LiveCollectBench (50 loopback DBMSs, 100 ms per request; about 45 s). Usage: bash bench/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=${TMPDIR:-/tmp}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

dotnet build -c Release src/BackupPolicyLint.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/PlanCorpus -v quiet -nologo >/dev/null
dotnet build -c Release bench/LiveCollectBench -v quiet -nologo >/dev/null
bpl="dotnet src/BackupPolicyLint.Cli/bin/Release/net10.0/bpl.dll"
for n in 1 1000 10000; do
  [ -d "$tmp/bpl-corpus-$n" ] || dotnet bench/PlanCorpus/bin/Release/net10.0/PlanCorpus.dll --plans "$n" --out "$tmp/bpl-corpus-$n" >/dev/null
done

# median and peak RSS of RUNS runs of a command (GNU time's %e and %M)
measure() {
  local times=() rss=0 line
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/bpl-bench-time" $bpl "$@" >/dev/null 2>&1 || true
    line=$(tail -n 1 "$tmp/bpl-bench-time")
    times+=("${line%% *}"); local r=${line##* }; [ "$r" -gt "$rss" ] && rss=$r
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $rss"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); runs per row: $runs"
echo
echo "| input | files | median wall | files/s | peak RSS |"
echo "|---|---|---|---|---|"
for n in 1 1000 10000; do
  read -r wall rss < <(measure check "$tmp/bpl-corpus-$n" --now 2026-11-20T06:00:00Z --output /dev/null)
  files=$(find "$tmp/bpl-corpus-$n" -name '*.yaml' | wc -l)
  echo "| $n plan(s), text to a file | $files | ${wall} s | $(awk -v f="$files" -v w="$wall" 'BEGIN {printf "%.0f", f / w}') | $((rss / 1024)) MiB |"
done
read -r wall rss < <(measure --version)
echo "| \`bpl --version\` (start-up only) | 0 | ${wall} s | | $((rss / 1024)) MiB |"

echo
echo "Collecting from many DBMSs (one run per row; the sequential row alone takes 35 s):"
echo
dotnet bench/LiveCollectBench/bin/Release/net10.0/LiveCollectBench.dll --endpoints 50 --delay-ms 100 --runs 1 | tail -n +2
