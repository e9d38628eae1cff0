#!/usr/bin/env bash
# Rebuilds data/gazetteers/record-persons.txt and record-organisations.txt from the knowledge base file
# (models/kb.ftm.jsonl.gz by default). Needs: apt-get install nodejs wamerican (the English word list used to drop
# names made only of common words). After a change of either list, retrain: backchannel train ner (see EVALUATION.md).
# usage: tools/gazetteers/record-names.sh [KB_FILE] [--unfiltered]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
kb="${1:-$root/models/kb.ftm.jsonl.gz}"
words=/usr/share/dict/words
[ -f "$words" ] || { echo "install Debian's wamerican package first" >&2; exit 1; }
node "$root/tools/gazetteers/record-names.mjs" "$kb" "$words" "$root/data/gazetteers" "${2:-}"
