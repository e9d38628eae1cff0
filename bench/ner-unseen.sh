#!/usr/bin/env bash
# A stand-in for the CoNLL-2003 test split, which the shared data does not carry: the last HOLD documents of
# eng.train are held out, both recognizers are trained on the rest, and both are scored on the held-out documents,
# which neither training nor epoch selection (ours picks epochs on eng.testa) ever sees.
# The word clusters are trained here too, from the same unlabeled text as the shipped ones but with the words of the
# training part only: the shipped clusters-en.bin saw all of eng.train, held-out documents included.
# Usage: bench/ner-unseen.sh [DATA_DIR]   (default ../shared/data beside the repository; HOLD=146 by default)
# env:   BC=path/to/backchannel uses that build instead of building this checkout (to measure an older commit).
#        ENSEMBLE=n models per stage averaged, as the shipped model is trained (default 3; 1 for builds before it).
# OpenNLP (Debian's 'opennlp') is scored on the same split when it is installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
hold="${HOLD:-146}"
ENSEMBLE="${ENSEMBLE:-3}"
[ "$ENSEMBLE" = 1 ] && ENSEMBLE=""
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The shared copy closes every document with a -DOCSTART- line, so a split just after one is a document boundary.
total=$(grep -c '^-DOCSTART-' "$data/conll2003/eng.train")
keep=$((total - hold))
awk -v keep="$keep" -v a="$work/train.part" -v b="$work/held.part" '
  { print > (n < keep ? a : b) } /^-DOCSTART-/ { n++ }' "$data/conll2003/eng.train"
echo "documents: train $keep, held out $hold"

cd "$root"
if [ -n "${BC:-}" ]; then
  bc=("$BC")
else
  dotnet build src/Backchannel.Cli/Backchannel.Cli.csproj -c Release -v q -nologo >/dev/null
  bc=("src/Backchannel.Cli/bin/Release/net10.0/backchannel")
fi
echo "== ours: clusters without the held-out documents"
"${bc[@]}" train clusters --corpus "$data/news-bbc" "$data/polnear/data/train/text" "$data/polnear/data/dev/text" \
  --conll "$work/train.part" "$data/conll2003/eng.testa" --out "$work/clusters-en.bin" --seed 1 | tail -n 1
echo "== ours: train on the rest (epochs picked on eng.testa)"
# eval ner --model loads the clusters-en.bin beside the model: the one just trained.
"${bc[@]}" train ner --train "$work/train.part" --dev "$data/conll2003/eng.testa" --out "$work/ner-en.bin" --seed 1 \
  ${ENSEMBLE:+--ensemble "$ENSEMBLE"} --clusters "$work/clusters-en.bin" | tail -n 2
echo "== ours: eng.testa (dev)"
"${bc[@]}" eval ner --conll "$data/conll2003/eng.testa" --model "$work/ner-en.bin" | tail -n 1
echo "== ours: held-out documents"
"${bc[@]}" eval ner --conll "$work/held.part" --model "$work/ner-en.bin" | tail -n 7

command -v opennlp >/dev/null || { echo "opennlp not installed: peer figures skipped"; exit 0; }
# OpenNLP's conll03 reader needs -DOCSTART- before every document and none at the very end.
for f in train.part held.part; do
  { printf -- '-DOCSTART- -X- O O\n\n'; sed '${/^-DOCSTART-/d}' "$work/$f"; } > "$work/$f.onlp"
done
{ printf -- '-DOCSTART- -X- O O\n\n'; sed '${/^-DOCSTART-/d}' "$data/conll2003/eng.testa"; } > "$work/testa.onlp"
echo "== OpenNLP: train on the rest"
opennlp TokenNameFinderTrainer.conll03 -model "$work/onlp.bin" -lang eng -types per,loc,org,misc \
  -data "$work/train.part.onlp" -encoding UTF-8 >/dev/null 2>&1
for f in testa held.part; do
  echo "== OpenNLP: $f"
  opennlp TokenNameFinderEvaluator.conll03 -model "$work/onlp.bin" -lang eng -types per,loc,org,misc \
    -data "$work/$f.onlp" -encoding UTF-8 2>&1 | grep -E "TOTAL" || true
done
