#!/usr/bin/env bash
# Writes data/gazetteers/roles.txt: single-word English nouns for people's roles and kinds ("envoy", "minister", "spokesman"),
# singular and plural, from WordNet 3.0's noun.person lexicographer file (Debian package wordnet-base;
# WordNet licence, see data/gazetteers/README.md). Only all-lowercase lemmas are kept: capitalised ones are names of
# particular people. Plurals: WordNet's irregular forms (noun.exc), else the regular English rules.
# usage: tools/gazetteers/roles.sh [WORDNET_DIR]   (default /usr/share/wordnet)
set -euo pipefail
cd "$(dirname "$0")/../.."
wn="${1:-/usr/share/wordnet}"
[ -f "$wn/data.noun" ] || { echo "WordNet not found in $wn: apt-get install wordnet-base" >&2; exit 1; }
out=data/gazetteers/roles.txt
{
  echo "# People's roles and kinds, singular and plural: WordNet 3.0 noun.person, lowercase lemmas (tools/gazetteers/roles.sh)."
  awk -v exc="$wn/noun.exc" '
    BEGIN { while ((getline line < exc) > 0) { n = split(line, f, " "); for (i = 2; i <= n; i++) plural[f[i]] = plural[f[i]] " " f[1] } }
    /^  / { next }
    $2 == "18" {
      count = 0; hex = tolower($4); for (k = 1; k <= length(hex); k++) count = count * 16 + index("0123456789abcdef", substr(hex, k, 1)) - 1
      for (i = 0; i < count; i++) {
        w = $(5 + 2 * i)
        sub(/\([a-z]+\)$/, "", w)
        if (w !~ /^[a-z][a-z-]*$/ || length(w) < 3) continue
        print w
        if (w in plural) { n = split(plural[w], p, " "); for (j = 1; j <= n; j++) print p[j]; continue }
        if (w ~ /(s|x|z|ch|sh)$/) print w "es"
        else if (w ~ /[^aeiou]y$/) print substr(w, 1, length(w) - 1) "ies"
        else if (w ~ /man$/) print substr(w, 1, length(w) - 3) "men"
        else print w "s"
      }
    }' "$wn/data.noun" | tr '_' ' ' | LC_ALL=C sort -u
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries)" >&2
