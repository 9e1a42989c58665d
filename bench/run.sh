#!/usr/bin/env bash
# End-to-end benchmark of bpl as users run it: publishes the tool (Release, ReadyToRun), packs it and installs it with
# `dotnet tool install` from that folder, generates the corpora (deterministic, seed 42) and prints the Markdown table of
# docs/performance.md. Every check row writes the JSON report to a file, as the targets say.
# Usage: bash bench/run.sh [RUNS]   (RUNS per row, default 5; the one-plan cold start takes max(RUNS, 10))
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=${TMPDIR:-/tmp}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

# Measured: the tool published for linux-x64 with ReadyToRun (precompiled code, no JIT at start-up), and the tool as
# `dotnet tool install` puts it on a user's machine (its linux-x64 package is ReadyToRun too; see the Cli csproj).
# Where the ReadyToRun compiler cannot be restored, the plain Release build is measured instead (and said so).
publish="$tmp/bpl-bench-publish"
if dotnet publish src/BackupPolicyLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$publish" -v quiet -nologo >/dev/null 2>&1; then
  bpl="$publish/bpl"; build="published, ReadyToRun"
else
  dotnet build -c Release src/BackupPolicyLint.Cli -v quiet -nologo >/dev/null
  bpl="dotnet src/BackupPolicyLint.Cli/bin/Release/net10.0/bpl.dll"; build="Release build (ReadyToRun unavailable)"
fi
# The tool package, installed as a user installs it. A version of its own each time, so no NuGet cache serves an older
# package; the folder holds the pointer package BackupPolicyLint and the RID packages it names (linux-x64 and the IL
# fallback only: the other RIDs' ReadyToRun compiles take minutes and are not what runs here).
pack="$tmp/bpl-bench-pack" tool="$tmp/bpl-bench-tool"
rm -rf "$pack" "$tool"
tool_version="0.1.0-bench.$(date +%s)"
installed=""
if dotnet pack src/BackupPolicyLint.Cli -c Release -o "$pack" -p:PackageVersion="$tool_version" -p:BplToolRids=linux-x64 -v quiet -nologo >/dev/null 2>&1 \
    && dotnet tool install BackupPolicyLint --version "$tool_version" --tool-path "$tool" --add-source "$pack" >/dev/null 2>&1; then
  installed="$tool/bpl"
else
  echo "run.sh: packing or installing the tool failed; its row is left out" >&2
fi
for project in PlanCorpus ArtifactScanBench LiveCollectBench; do
  dotnet build -c Release "bench/$project" -v quiet -nologo >/dev/null
done
for n in 1 1000 10000; do
  [ -d "$tmp/bpl-corpus-$n" ] || dotnet bench/PlanCorpus/bin/Release/net10.0/PlanCorpus.dll --plans "$n" --out "$tmp/bpl-corpus-$n" >/dev/null
done
[ -d "$tmp/bpl-corpus-infra" ] || dotnet bench/PlanCorpus/bin/Release/net10.0/PlanCorpus.dll --plans 100 --infra --out "$tmp/bpl-corpus-infra" >/dev/null
tree="$tmp/bpl-bench-tree-100000"
[ -f "$tree/.bench-tree-100000" ] || dotnet bench/ArtifactScanBench/bin/Release/net10.0/ArtifactScanBench.dll --files 100000 --dir "$tree" --runs 1 >/dev/null

# One .csx rule, compiled into the cache by a first (untimed) run: what a run with a cached script costs.
script_dir="$tmp/bpl-bench-script"
mkdir -p "$script_dir/rules"
cp examples/policies/rules/acme-cost-centre.csx "$script_dir/rules/"
printf 'apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n' > "$script_dir/bpl.yaml"
export XDG_CACHE_HOME="$tmp/bpl-bench-cache"
$bpl check "$tmp/bpl-corpus-1" --config "$script_dir/bpl.yaml" --now 2026-11-20T06:00:00Z --output /dev/null >/dev/null 2>&1 || true

# median and peak RSS of N runs of a command (GNU time's %e and %M)
measure() {
  local n=$1; shift
  local times=() rss=0 line
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %M" -o "$tmp/bpl-bench-time" $runner "$@" >/dev/null 2>&1 || true
    line=$(tail -n 1 "$tmp/bpl-bench-time")
    times+=("${line%% *}"); local r=${line##* }; [ "$r" -gt "$rss" ] && rss=$r
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $rss"
}

row() {
  local label=$1 files=$2 n=$3; shift 3
  local wall rss
  read -r wall rss < <(measure "$n" "$@")
  local rate=""; [ "$files" -gt 0 ] && rate=$(awk -v f="$files" -v w="$wall" 'BEGIN {printf "%.0f", f / w}')
  echo "| $label | $files | ${wall} s | $rate | $((rss / 1024)) MiB |"
}

runner=$bpl
now=(--now 2026-11-20T06:00:00Z --format json --output "$tmp/bpl-bench-report.json")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $build; runs per row: $runs"
echo
echo "| input (all rules, JSON report to a file) | files | median wall | files/s | peak RSS |"
echo "|---|---|---|---|---|"
cold=$(( runs > 10 ? runs : 10 ))
row "1 plan, cold start, published ($cold runs)" 1 "$cold" check "$tmp/bpl-corpus-1" "${now[@]}"
if [ -n "$installed" ]; then
  runner=$installed
  row "1 plan, cold, as installed by \`dotnet tool install\` ($cold runs)" 1 "$cold" check "$tmp/bpl-corpus-1" "${now[@]}"
  runner=$bpl
fi
row "1 plan + one cached .csx rule ($cold runs)" 1 "$cold" check "$tmp/bpl-corpus-1" --config "$script_dir/bpl.yaml" "${now[@]}"
for n in 1000 10000; do
  row "$n plans ($(du -sm "$tmp/bpl-corpus-$n" | cut -f1) MiB)" "$n" "$runs" check "$tmp/bpl-corpus-$n" "${now[@]}"
done
infra_files=$(find "$tmp/bpl-corpus-infra" -type f | wc -l)
row "infra tree: 100 plans + scripts, cron, neo4j.conf" "$infra_files" "$runs" check "$tmp/bpl-corpus-infra" "${now[@]}"
row "artifact scan: 1 plan, --backups of 100,000 files" 1 "$runs" check "$tmp/bpl-corpus-1" --backups "$tree" "${now[@]}"
row "\`bpl --version\` (start-up only)" 0 "$runs" --version

echo
echo "Collecting from many DBMSs (one run per row; the sequential row alone takes 35 s):"
echo
dotnet bench/LiveCollectBench/bin/Release/net10.0/LiveCollectBench.dll --endpoints 50 --delay-ms 100 --runs 1 | tail -n +2
