#!/usr/bin/env bash
# Single-core tokenizer throughput: Backchannel's `bench --stage tokenize` (and `full`) against wink-nlp and
# compromise on the same corpus, every process pinned to CPU 0.
#
# usage: bench/compare-tokenize.sh [CORPUS_DIR]      (default: ../shared/data/news-bbc, relative to the repo root)
# env:   REPEAT (timed passes, default 5), PEER_REPEAT (default 3: compromise takes seconds per pass),
#        WARMUP (seconds of untimed warm-up per engine, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/data/news-bbc}"
repeat="${REPEAT:-5}"
peer_repeat="${PEER_REPEAT:-3}"
warmup="${WARMUP:-2}"
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

results=$(mktemp)
trap 'rm -f "$results"' EXIT

for stage in tokenize full; do
  echo "==> backchannel bench --stage $stage" >&2
  out=$("${pin[@]}" "$bin" bench --stage "$stage" --corpus "$corpus" --repeat "$repeat" --warmup "$warmup")
  mbs=$(printf '%s\n' "$out" | awk '$1 == "MB/s" { print $2 }')
  tps=$(printf '%s\n' "$out" | awk '$1 == "tokens/s" { print $2 }')
  tokens=$(printf '%s\n' "$out" | awk '$1 == "tokens" { print $2 }')
  echo "backchannel-$stage MB/s $mbs tokens/s $tps tokens $tokens" >> "$results"
done

echo "==> peers (node $(node --version))" >&2
"${pin[@]}" node bench/peers/tokenize-peers.mjs "$corpus" --repeat "$peer_repeat" --warmup "$warmup" 2>/dev/null \
  | grep ' MB/s ' >> "$results"

echo
printf '%-22s %10s %14s %10s\n' engine "MB/s" "tokens/s" tokens
awk '{ printf "%-22s %10s %14s %10s\n", $1, $3, $5, $7 }' "$results"
echo
ours=$(awk '$1 == "backchannel-tokenize" { print $3 }' "$results")
wink=$(awk '$1 == "wink-nlp-sbd" { print $3 }' "$results")
awk -v a="$ours" -v b="$wink" 'BEGIN { printf "ratio vs wink %.2f\n", a / b }'
