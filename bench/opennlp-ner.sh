#!/usr/bin/env bash
# Peer figures for the entity recognizer: Apache OpenNLP 2.1 (Debian's 'opennlp' package) trained on the same
# CoNLL-2003 English train file, scored on eng.testa with its conll03 evaluator, and timed on news-bbc text.
# Usage: bench/opennlp-ner.sh [DATA_DIR]   (default ../shared/data beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
command -v opennlp >/dev/null || { echo "install Debian's opennlp package: apt-get install opennlp" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The conll03 reader needs -DOCSTART- before every document and fails on one at the very end; the shared copy
# has it after each document instead (none before the first, one closing the file), so move it.
for f in eng.train eng.testa; do
  { printf -- '-DOCSTART- -X- O O\n\n'; sed '${/^-DOCSTART-/d}' "$data/conll2003/$f"; } > "$work/$f"
done

echo "== training (OpenNLP default features, 100 iterations, maxent)"
/usr/bin/time -f "train seconds %e" opennlp TokenNameFinderTrainer.conll03 -model "$work/ner.bin" -lang eng \
  -types per,loc,org,misc -data "$work/eng.train" -encoding UTF-8 2>&1 | tail -n 2

echo "== eng.testa (dev)"
opennlp TokenNameFinderEvaluator.conll03 -model "$work/ner.bin" -lang eng -types per,loc,org,misc \
  -data "$work/eng.testa" -encoding UTF-8 2>&1 | grep -E "Evaluated|TOTAL|person|location|organization|misc" || true

echo "== speed on news-bbc (name finder only, on pre-tokenized text: one sentence per line)"
find "$data/news-bbc" -name '*.txt' -print0 | sort -z | xargs -0 cat > "$work/bbc.txt"
bytes=$(wc -c < "$work/bbc.txt")
# Rough tokenization so the timing covers only the name finder: punctuation split off, one line per input line.
sed -E 's/([.,;:!?()"])/ \1 /g; s/ +/ /g' "$work/bbc.txt" | grep -v '^ *$' > "$work/bbc.tok"
start=$(date +%s.%N)
opennlp TokenNameFinder "$work/ner.bin" < "$work/bbc.tok" > /dev/null 2>&1
end=$(date +%s.%N)
echo "bytes $bytes"
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { printf "seconds %.2f\nMB/s %.2f\n", e - s, b / 1e6 / (e - s) }'
