#!/usr/bin/env bash
# Cold start against wink-nlp's (issue 17.1): wall time and peak RSS of one process per run, medians of RUNS runs
# (default 5), then one line per target with its ratio to wink-nlp's cold start measured in the same rounds.
# Runs are interleaved round by round (wink-nlp, then each command), so a busy machine slows every case alike.
#   bench/cold-start.sh [RUNS]
# Needs the Release build (dotnet build Backchannel.sln -c Release) and node; installs bench/peers with npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=src/Backchannel.Cli/bin/Release/net10.0/backchannel
[[ -x $bin ]] || dotnet build Backchannel.sln -c Release -nologo -v q
[[ -d bench/peers/node_modules/wink-nlp ]] || (cd bench/peers && npm ci --silent)
article=samples/davos-2026/wire-report.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One warm-up of each, so every measured run finds the files in the page cache (and the KB snapshot written).
node bench/peers/cold-start.mjs > /dev/null
"$bin" kb who "Ukraine's foreign minister" --on 2026-01-21 > /dev/null
"$bin" analyze "$article" --db "$work/warm.db" --published 2026-01-21 --quiet > /dev/null

# One process of case $1 in round $2, timed into $work/CASE.ROUND ("seconds peak-KB").
run() {
  local c=$1 round=$2
  case $c in
    wink) set -- node bench/peers/cold-start.mjs ;;
    version) set -- "$bin" --version ;;
    help) set -- "$bin" --help ;;
    kb-who) set -- "$bin" kb who "Ukraine's foreign minister" --on 2026-01-21 ;;
    kb-show) set -- "$bin" kb show "Olaf Scholz" ;;
    analyze) set -- "$bin" analyze "$article" --db "$work/new-$round.db" --published 2026-01-21 ;; # a new store each time
  esac
  /usr/bin/time -f "%e %M" -o "$work/$c.$round" "$@" > /dev/null 2>&1
}
cases=(wink version help kb-who kb-show analyze)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $runs   cores: $(nproc)"
for round in $(seq "$runs"); do
  for c in "${cases[@]}"; do
    run "$c" "$round"
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A time rss
printf '%-9s %9s %10s\n' case "median s" "median MB"
for c in "${cases[@]}"; do
  time[$c]=$(for f in "$work/$c".*; do tail -n1 "$f"; done | cut -d' ' -f1 | median)
  rss[$c]=$(for f in "$work/$c".*; do tail -n1 "$f"; done | cut -d' ' -f2 | median)
  printf '%-9s %9.2f %10.0f\n' "$c" "${time[$c]}" "$(echo "${rss[$c]} / 1024" | bc -l)"
done

# target: case, measure (time|rss), ratio allowed
target() {
  local c=$1 what=$2 limit=$3 ours theirs
  if [[ $what == time ]]; then ours=${time[$c]}; theirs=${time[wink]}; else ours=${rss[$c]}; theirs=${rss[wink]}; fi
  local ratio; ratio=$(echo "$ours / $theirs" | bc -l)
  local verdict; verdict=$(echo "$ratio <= $limit" | bc -l | sed 's/1/met/; s/0/NOT met/')
  printf 'target %-8s %-4s %5.2fx wink-nlp (limit %sx): %s\n' "$c" "$what" "$ratio" "$limit" "$verdict"
}
target analyze time 2
target analyze rss 3
target kb-who time 1
target kb-show time 1
target version time 0.4
target help time 0.4
