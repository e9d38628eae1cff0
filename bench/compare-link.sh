#!/usr/bin/env bash
# Cost of entity linking: `bench --stage ner` against `bench --stage link` (the same stages plus the linker over the
# shipped knowledge base), both pinned to CPU 0 on the same corpus. The last line is `link overhead <percent>`:
# how much longer a document takes with linking (from the best of each stage's median MB/s). Target: 15 or less.
#
# usage: bench/compare-link.sh [CORPUS_DIR]      (default: ../shared/data/news-bbc, relative to the repo root)
# env:   REPEAT (timed passes, default 5), WARMUP (seconds of untimed warm-up, default 2), ROUNDS (default 2),
#        BACKCHANNEL_MODELS (models folder holding kb.ftm.jsonl.gz; default: the one copied next to the binary)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/data/news-bbc}"
repeat="${REPEAT:-5}"
warmup="${WARMUP:-2}"
rounds="${ROUNDS:-2}"
[ -d "$corpus" ] || { echo "corpus folder not found: $corpus" >&2; exit 1; }

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); else echo "taskset missing: runs are not pinned" >&2; fi

echo "==> building Backchannel (Release)" >&2
dotnet build src/Backchannel.Cli/Backchannel.Cli.csproj -c Release -nologo -v q >&2
bin=src/Backchannel.Cli/bin/Release/net10.0/backchannel
kb="${BACKCHANNEL_MODELS:-src/Backchannel.Cli/bin/Release/net10.0/models}/kb.ftm.jsonl.gz"
[ -f "$kb" ] || echo "warning: $kb not found: the linker runs on an empty knowledge base" >&2

# The stages alternate for ROUNDS rounds and each keeps its best median: on a shared machine, load that comes and goes
# between two back-to-back runs would otherwise be charged to whichever stage ran during it.
declare -A mbs=([ner]=0 [link]=0)
for round in $(seq 1 "$rounds"); do
  for stage in ner link; do
    echo "==> round $round: backchannel bench --stage $stage" >&2
    out=$("${pin[@]}" "$bin" bench --stage "$stage" --corpus "$corpus" --repeat "$repeat" --warmup "$warmup")
    value=$(printf '%s\n' "$out" | awk '$1 == "MB/s" { print $2 }')
    echo "$stage MB/s $value (round $round)"
    mbs[$stage]=$(awk -v a="${mbs[$stage]}" -v b="$value" 'BEGIN { print (b > a ? b : a) }')
  done
done

echo "best ner MB/s ${mbs[ner]}, link MB/s ${mbs[link]}"

# Separate processes on a machine with noisy neighbours can differ by 15-30% between identical runs, so the same
# figure is also measured inside one process, each component timed call by call in the same passes.
echo "==> in one process: backchannel bench --stage link --verbose" >&2
"${pin[@]}" "$bin" bench --stage link --corpus "$corpus" --repeat 1 --warmup "$warmup" --verbose | grep -E '^(component|linker overhead)'
awk -v ner="${mbs[ner]}" -v link="${mbs[link]}" 'BEGIN { printf "link overhead %.1f\n", (ner / link - 1) * 100 }'
