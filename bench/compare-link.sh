#!/usr/bin/env bash
# Cost of entity linking: `bench --stage ner` against `bench --stage link` (the same stages plus the linker over the
# shipped knowledge base), both pinned to CPU 0 on the same corpus. The last line is `link overhead <percent>`:
# how much longer a document takes with linking: the median over PAIRS pairs of ner and link passes alternating in
# one process (`bench --stage link --against ner`). Also printed: ROUNDS rounds of separate processes (each round's
# ner / link MB/s, medians of REPEAT passes), the linker's own share of component time, and what linking adds to the
# whole default pipeline (`bench --stage full --against full-unlinked`). Target: 15 or less.
#
# usage: bench/compare-link.sh [CORPUS_DIR]      (default: ../shared/data/news-bbc, relative to the repo root)
# env:   REPEAT (timed passes, default 5), WARMUP (seconds of untimed warm-up after the first pass, which also
#        pays one-time loads such as the knowledge base; default 2), ROUNDS (default 3),
#        PAIRS (default 30: medians of 10 pairs moved by ±2 points from run to run, three of 30 pairs by 0.4),
#        BACKCHANNEL_MODELS (models folder holding kb.ftm.jsonl.gz; default: the one copied next to the binary)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/data/news-bbc}"
repeat="${REPEAT:-5}"
warmup="${WARMUP:-2}"
rounds="${ROUNDS:-3}"
pairs="${PAIRS:-30}"
[ -d "$corpus" ] || { echo "corpus folder not found: $corpus" >&2; exit 1; }

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); else echo "taskset missing: runs are not pinned" >&2; fi

echo "==> building Backchannel (Release)" >&2
dotnet build src/Backchannel.Cli/Backchannel.Cli.csproj -c Release -nologo -v q >&2
bin=src/Backchannel.Cli/bin/Release/net10.0/backchannel
kb="${BACKCHANNEL_MODELS:-src/Backchannel.Cli/bin/Release/net10.0/models}/kb.ftm.jsonl.gz"
[ -f "$kb" ] || echo "warning: $kb not found: the linker runs on an empty knowledge base" >&2

# The stages alternate for ROUNDS rounds (ner then link, then link then ner, …) and the overhead is taken within each
# round, from two runs minutes apart at most; the figure printed is the median over rounds. This machine's speed
# drifts by 15-30% over minutes, so comparing each stage's best run would mostly measure which stage was lucky.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/rounds"
for round in $(seq 1 "$rounds"); do
  order=(ner link)
  if (( round % 2 == 0 )); then order=(link ner); fi
  unset mbs
  declare -A mbs=()
  for stage in "${order[@]}"; do
    echo "==> round $round: backchannel bench --stage $stage" >&2
    out=$("${pin[@]}" "$bin" bench --stage "$stage" --corpus "$corpus" --repeat "$repeat" --warmup "$warmup")
    mbs[$stage]=$(printf '%s\n' "$out" | awk '$1 == "MB/s" { print $2 }')
  done
  overhead=$(awk -v ner="${mbs[ner]}" -v link="${mbs[link]}" 'BEGIN { printf "%.1f", (ner / link - 1) * 100 }')
  echo "round $round: ner MB/s ${mbs[ner]}, link MB/s ${mbs[link]}, overhead $overhead%"
  echo "$overhead" >> "$work/rounds"
done

echo "separate processes: median overhead $(sort -g "$work/rounds" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"

# The component shares inside one process: the linker's own time against the rest, from the same passes. This
# leaves out what linking costs the other components (its memory traffic evicts their tables), so it reads low.
echo "==> in one process: backchannel bench --stage link --verbose" >&2
"${pin[@]}" "$bin" bench --stage link --corpus "$corpus" --repeat 1 --warmup "$warmup" --verbose | grep -E '^(component|linker overhead)'

# What linking adds to the pipeline `analyze` runs (which also chunks and lemmatises): the default pipeline against
# itself without the linker, alternating in one process as below. Printed for context; the last line stays the
# stricter figure against the ner stage alone.
echo "==> in one process, alternating: backchannel bench --stage full --against full-unlinked" >&2
full=$("${pin[@]}" "$bin" bench --stage full --against full-unlinked --corpus "$corpus" --repeat "$pairs" --warmup "$warmup")
echo "default pipeline: linking overhead $(printf '%s\n' "$full" | awk '$1 == "overhead" { print $2 }')"

# The figure this script reports: ner and link passes alternating in one process, PAIRS pairs, the median of the
# pairs' ratios. Both sides see the same machine within seconds and the same loaded knowledge base, and the link
# passes pay for everything linking does to the rest of the pipeline.
echo "==> in one process, alternating: backchannel bench --stage link --against ner" >&2
out=$("${pin[@]}" "$bin" bench --stage link --against ner --corpus "$corpus" --repeat "$pairs" --warmup "$warmup")
printf '%s\n' "$out" | grep '^pair'
echo "link overhead $(printf '%s\n' "$out" | awk '$1 == "overhead" { print $2 }')"
