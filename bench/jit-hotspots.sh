#!/usr/bin/env bash
# Where inside a hot .NET method the time goes, instruction by instruction: runs `backchannel bench` under perf with
# the runtime's perf map and the JIT's disassembly of the named methods (with code bytes, so offsets can be counted),
# then prints the instructions that collect the most samples in each method's optimised (Tier1) code.
# Usage: bench/jit-hotspots.sh STAGE 'Class:Method' ['Class:Method' ...]
#   e.g. bench/jit-hotspots.sh link 'LinkRun:LinkMention' 'RolePhraseFinder:Find'
# Env: CORPUS (default ../shared/data/news-bbc), REPEAT (12), TOP (8 hottest instructions per method).
# A sample usually lands on the instruction after a slow one: a load that missed the cache shows as the next line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="$1"; shift
corpus="${CORPUS:-$root/../shared/data/news-bbc}"
command -v perf >/dev/null || { echo "perf is needed (Debian's linux-perf)" >&2; exit 1; }
dotnet build "$root/src/Backchannel.Cli/Backchannel.Cli.csproj" -c Release -nologo -v q >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=""
for m in "$@"; do names="$names ${m#*:}"; done
(cd "$work" && DOTNET_JitDisasm="${names# }" DOTNET_JitStdOutFile="$work/disasm.txt" DOTNET_JitDisasmWithCodeBytes=1 \
  DOTNET_PerfMapEnabled=3 DOTNET_EnableWriteXorExecute=0 \
  perf record -F 2999 -o "$work/perf.data" taskset -c 0 "$root/src/Backchannel.Cli/bin/Release/net10.0/backchannel" \
  bench --stage "$stage" --corpus "$corpus" --repeat "${REPEAT:-12}" --warmup 3 >/dev/null 2>"$work/perf.log")
perf script -i "$work/perf.data" -F ip,pid 2>/dev/null > "$work/samples.txt"
python3 "$root/bench/jit-hotspots.py" "$work" "${TOP:-8}" "$@"
