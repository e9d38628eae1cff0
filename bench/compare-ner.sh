#!/usr/bin/env bash
# Single-core throughput of the whole issue-3 stage: Backchannel's `bench --stage ner` (tokenizer, sentences, POS,
# entities, dates, numbers) against wink-nlp's full default pipeline and Apache OpenNLP's name finder, all run here,
# one after the other, on the same corpus, every process pinned to CPU 0. Ours and OpenNLP alternate for ROUNDS
# rounds and the OpenNLP ratio is the median of the rounds' ratios; every figure is a median, never a best.
#
# usage: bench/compare-ner.sh [CORPUS_DIR]      (default: ../shared/data/news-bbc, relative to the repo root)
# env:   REPEAT (timed passes, default 5), PEER_REPEAT (wink's passes, default 3), OPENNLP_REPEAT (OpenNLP runs per
#        round, default 1), ROUNDS (default 3), WARMUP (seconds of untimed warm-up, default 3),
#        CONLL (folder with eng.train for OpenNLP's model, default ../shared/data/conll2003)
# The OpenNLP model (trained on eng.train with OpenNLP's defaults, as bench/opennlp-ner.sh does) is cached in
# bench/results/opennlp-ner-eng.bin; delete it to retrain. Needs Debian's 'opennlp' package (apt-get install opennlp).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/data/news-bbc}"
repeat="${REPEAT:-5}"
peer_repeat="${PEER_REPEAT:-3}"
opennlp_repeat="${OPENNLP_REPEAT:-1}"
rounds="${ROUNDS:-3}"
warmup="${WARMUP:-3}"
conll="${CONLL:-../shared/data/conll2003}"
[ -d "$corpus" ] || { echo "corpus folder not found: $corpus" >&2; exit 1; }
command -v opennlp >/dev/null || { echo "OpenNLP missing: apt-get install opennlp" >&2; exit 1; }

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
mkdir -p bench/results
model=bench/results/opennlp-ner-eng.bin
if [ ! -f "$model" ]; then
  echo "==> training OpenNLP's name finder on eng.train (once; cached in $model)" >&2
  # The conll03 reader wants -DOCSTART- before every document and none at the very end (see opennlp-ner.sh).
  { printf -- '-DOCSTART- -X- O O\n\n'; sed '${/^-DOCSTART-/d}' "$conll/eng.train"; } > "$work/eng.train"
  opennlp TokenNameFinderTrainer.conll03 -model "$work/ner.bin" -lang eng -types per,loc,org,misc \
    -data "$work/eng.train" -encoding UTF-8 >&2
  mv "$work/ner.bin" "$model"
fi

find "$corpus" -type f -print0 | sort -z | xargs -0 cat > "$work/corpus.txt"
bytes=$(wc -c < "$work/corpus.txt")
# Rough tokenization outside the timing, so OpenNLP is charged only for the name finder.
sed -E 's/([.,;:!?()"])/ \1 /g; s/ +/ /g' "$work/corpus.txt" | grep -v '^ *$' > "$work/corpus.tok"

# OpenNLP's JVM start and model load, timed on empty input and subtracted from its runs: our bench excludes loading
# too, so both sides are charged for tagging only.
opennlp_run() { # input file -> seconds
  local start end
  start=$(date +%s.%N)
  "${pin[@]}" opennlp TokenNameFinder "$model" < "$1" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
: > "$work/empty.txt"
startup=$(for _ in 1 2 3; do opennlp_run "$work/empty.txt"; echo; done | median)

# Ours and OpenNLP alternate, ROUNDS times, and the ratio is taken within each round: this machine's speed drifts
# by 15-30% over minutes, which would otherwise land on one side only. Every figure is a median.
uptime >&2
: > "$work/rounds"
for round in $(seq "$rounds"); do
  echo "==> round $round: backchannel bench --stage ner, then OpenNLP TokenNameFinder" >&2
  out=$("${pin[@]}" "$bin" bench --stage ner --corpus "$corpus" --repeat "$repeat" --warmup "$warmup")
  ours=$(printf '%s\n' "$out" | awk '$1 == "MB/s" { print $2 }')
  ours_tps=$(printf '%s\n' "$out" | awk '$1 == "tokens/s" { print $2 }')
  secs=$(for _ in $(seq "$opennlp_repeat"); do opennlp_run "$work/corpus.tok"; echo; done | median)
  opennlp=$(awk -v b="$bytes" -v s="$secs" -v j="$startup" 'BEGIN { printf "%.4f", b / 1e6 / (s - j) }')
  echo "$ours $ours_tps $opennlp" >> "$work/rounds"
  awk -v a="$ours" -v b="$opennlp" -v r="$round" 'BEGIN { printf "round %d: ours %.2f MB/s, OpenNLP %.3f MB/s, ratio %.2f\n", r, a, b, a / b }'
done
ours=$(awk '{ print $1 }' "$work/rounds" | median)
ours_tps=$(awk '{ print $2 }' "$work/rounds" | median)
opennlp_mbs=$(awk '{ print $3 }' "$work/rounds" | median)
ratio_opennlp=$(awk '{ print $1 / $3 }' "$work/rounds" | median)

echo "==> wink-nlp full default pipeline (node $(node --version))" >&2
wink_line=$("${pin[@]}" node bench/peers/tokenize-peers.mjs "$corpus" --repeat "$peer_repeat" --warmup "$warmup" \
  --only wink-nlp-full 2>/dev/null | grep ' MB/s ')
wink=$(printf '%s\n' "$wink_line" | awk '{ print $3 }')
wink_tps=$(printf '%s\n' "$wink_line" | awk '{ print $5 }')
# wink runs last, so its ratio uses the last round's figure for ours, the one closest to it in time.
last_ours=$(tail -1 "$work/rounds" | awk '{ print $1 }')

echo
printf '%-34s %10s %12s\n' engine "MB/s" "tokens/s"
printf '%-34s %10s %12s\n' "backchannel bench --stage ner" "$ours" "$ours_tps"
printf '%-34s %10s %12s\n' "wink-nlp full default pipeline" "$wink" "$wink_tps"
printf '%-34s %10s %12s\n' "OpenNLP 2.1 TokenNameFinder" "$opennlp_mbs" "-"
echo "OpenNLP start-up subtracted: $startup s"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -v a="$last_ours" -v b="$wink" 'BEGIN { printf "ratio vs wink-full %.2f\n", a / b }'
echo "ratio vs opennlp $(awk -v r="$ratio_opennlp" 'BEGIN { printf "%.2f", r }')"
