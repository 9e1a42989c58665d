#!/usr/bin/env bash
# bpl against Stoplight Spectral on the same plan files (issue 19: "10,000 plans vs Spectral with a 5-rule ruleset:
# >= 100x files per second"). bpl runs all its rules, Spectral the five rules of bench/spectral/ruleset.yaml; both write
# a JSON report to a file. Not in CI: it installs Spectral from the npm registry and takes minutes.
# Usage: bash bench/spectral.sh [PLANS] [SPECTRAL_FILES]
#   PLANS           plans in the corpus bpl checks (default 10000; bench/PlanCorpus, seed 42, as bench/run.sh)
#   SPECTRAL_FILES  how many of those files Spectral lints (default: all; Spectral takes ~30 ms a file here, so
#                   10,000 files take minutes: give 1000 to time a subset, files/s is what is compared)
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${1:-10000}
tmp=${TMPDIR:-/tmp}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

spectral_dir="$tmp/bpl-spectral"
spectral="$spectral_dir/node_modules/.bin/spectral"
if [ ! -x "$spectral" ]; then
  command -v npm >/dev/null || { echo "spectral.sh: npm is needed (apt-get install nodejs npm)" >&2; exit 1; }
  mkdir -p "$spectral_dir"
  npm install --prefix "$spectral_dir" --no-audit --no-fund @stoplight/spectral-cli@6.16.3 >/dev/null
fi

dotnet build -c Release bench/PlanCorpus -v quiet -nologo >/dev/null
dotnet build -c Release src/BackupPolicyLint.Cli -v quiet -nologo >/dev/null
corpus="$tmp/bpl-corpus-$plans"
[ -d "$corpus" ] || dotnet bench/PlanCorpus/bin/Release/net10.0/PlanCorpus.dll --plans "$plans" --out "$corpus" >/dev/null
total=$(find "$corpus" -name '*.yaml' | wc -l)
subset=${2:-$total}

# The files Spectral lints: the whole corpus, or the first SPECTRAL_FILES of it (sorted) copied to one folder.
if [ "$subset" -lt "$total" ]; then
  spectral_input="$tmp/bpl-spectral-subset-$plans-$subset"
  if [ ! -d "$spectral_input" ]; then
    mkdir -p "$spectral_input"
    # The list is written first: head closing the pipe early would fail the script under pipefail.
    find "$corpus" -name '*.yaml' | sort > "$tmp/bpl-spectral-files"
    while read -r f; do
      cp "$f" "$spectral_input/$(basename "$(dirname "$f")")-$(basename "$f")"
    done < <(head -n "$subset" "$tmp/bpl-spectral-files")
  fi
  spectral_glob="$spectral_input/*.yaml"
else
  spectral_glob="$corpus/**/*.yaml"
fi

# wall seconds and peak RSS of one run (GNU time); a non-zero exit (findings) is expected from both tools
timed() {
  /usr/bin/time -f "%e %M" -o "$tmp/bpl-spectral-time" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$tmp/bpl-spectral-time"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); Spectral $("$spectral" --version)"
echo
echo "| tool | files | wall | files/s | peak RSS | findings |"
echo "|---|---|---|---|---|---|"
read -r wall rss < <(timed dotnet src/BackupPolicyLint.Cli/bin/Release/net10.0/bpl.dll check "$corpus" --now 2026-11-20T06:00:00Z --format json -o "$tmp/bpl-spectral-bpl.json")
bpl_rate=$(awk -v f="$total" -v w="$wall" 'BEGIN {printf "%.0f", f / w}')
bpl_findings=$(node -e 'console.log(require(process.argv[1]).findings.length)' "$tmp/bpl-spectral-bpl.json")
echo "| bpl, all rules | $total | $wall s | $bpl_rate | $((rss / 1024)) MiB | $bpl_findings |"
read -r wall rss < <(timed "$spectral" lint --ruleset bench/spectral/ruleset.yaml --format json --output "$tmp/bpl-spectral-spectral.json" --quiet "$spectral_glob")
spectral_rate=$(awk -v f="$subset" -v w="$wall" 'BEGIN {printf "%.1f", f / w}')
spectral_findings=$(node -e 'console.log(require(process.argv[1]).length)' "$tmp/bpl-spectral-spectral.json")
echo "| Spectral $("$spectral" --version), 5 rules | $subset | $wall s | $spectral_rate | $((rss / 1024)) MiB | $spectral_findings |"
echo
awk -v b="$bpl_rate" -v s="$spectral_rate" 'BEGIN {printf "bpl / Spectral, files per second: %.1fx (target >= 100x)\n", b / s}'
