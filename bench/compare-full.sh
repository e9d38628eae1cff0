#!/usr/bin/env bash
# Single-core throughput of the whole default pipeline (issue 17): Backchannel's `bench --stage full` (what `analyze`
# runs: tokenizer, POS, chunker, lemmatizer, entities, dates, numbers, linker) against wink-nlp's full default
# pipeline, on the same corpus, every process pinned to CPU 0. The two alternate for ROUNDS rounds, so the drift of a
# shared machine over minutes lands on both sides; the ratio is the median of the rounds' ratios and every figure is
# a median, never a best.
#
# usage: bench/compare-full.sh [CORPUS_DIR]      (default: ../shared/data/news-bbc, relative to the repo root)
# env:   REPEAT (our timed passes per round, default 3), PEER_REPEAT (wink's passes per round, default 3),
#        ROUNDS (default 3), WARMUP (seconds of untimed warm-up per run, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/data/news-bbc}"
repeat="${REPEAT:-3}"
peer_repeat="${PEER_REPEAT:-3}"
rounds="${ROUNDS:-3}"
warmup="${WARMUP:-3}"
[ -d "$corpus" ] || { echo "corpus folder not found: $corpus" >&2; exit 1; }

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); else echo "taskset missing: runs are not pinned" >&2; fi

echo "==> building Backchannel (Release)" >&2
dotnet build src/Backchannel.Cli/Backchannel.Cli.csproj -c Release -nologo -v q >&2
bin=src/Backchannel.Cli/bin/Release/net10.0/backchannel

if [ ! -d bench/peers/node_modules ]; then
  echo "==> installing peers (npm ci)" >&2
  (cd bench/peers && (npm ci --no-audit --no-fund || npm install --no-audit --no-fund)) >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
: > "$work/rounds"
for round in $(seq "$rounds"); do
  # Ours first in odd rounds and second in even ones, so neither side always runs on a warmer or quieter machine.
  run_ours() {
    "${pin[@]}" "$bin" bench --stage full --corpus "$corpus" --repeat "$repeat" --warmup "$warmup" > "$work/ours.out"
    awk '$1 == "MB/s" { print $2 }' "$work/ours.out"
  }
  run_wink() {
    "${pin[@]}" node bench/peers/tokenize-peers.mjs "$corpus" --repeat "$peer_repeat" --warmup "$warmup" \
      --only wink-nlp-full 2>/dev/null | grep ' MB/s ' | awk '{ print $3 }'
  }
  if [ $((round % 2)) -eq 1 ]; then ours=$(run_ours); wink=$(run_wink); else wink=$(run_wink); ours=$(run_ours); fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "$ours $wink $load" >> "$work/rounds"
  awk -v a="$ours" -v b="$wink" -v r="$round" -v l="$load" \
    'BEGIN { printf "round %d: ours %.2f MB/s, wink-nlp full %.2f MB/s, ratio %.2f (load %s)\n", r, a, b, a / b, l }'
done

ours=$(awk '{ print $1 }' "$work/rounds" | median)
wink=$(awk '{ print $2 }' "$work/rounds" | median)
ratio=$(awk '{ print $1 / $2 }' "$work/rounds" | median)

echo
printf '%-36s %10s\n' engine "MB/s"
printf '%-36s %10s\n' "backchannel bench --stage full" "$ours"
printf '%-36s %10s\n' "wink-nlp full default pipeline" "$wink"
echo "node $(node --version); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -v r="$ratio" 'BEGIN { printf "ratio vs wink-full %.2f\n", r }'
