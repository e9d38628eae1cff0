#!/usr/bin/env bash
# Installs what the tests need, builds, runs every test, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*" >&2; }

# Chromium renders the HTML report in the report-safety tests. Installed from Debian's packages when missing.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing chromium (report rendering tests)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || log "chromium could not be installed; browser tests will report themselves skipped"
  else
    log "chromium missing and cannot install (not root); browser tests will report themselves skipped"
  fi
fi

log "building"
if ! dotnet build Backchannel.sln -c Release -warnaserror -nologo -v q 2>&1 | tail -n 5; then
  echo "0 passed, 1 failed"
  exit 1
fi

results=$(mktemp -d)
log "running tests"
dotnet test tests/Backchannel.Tests -c Release --no-build -nologo -v q \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" 2>&1 | grep -vE '^\s*$' | tail -n 40
status=${PIPESTATUS[0]}

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
passed=$(get passed); failed=$(get failed); total=$(get total); executed=$(get executed)
skipped=$(( ${total:-0} - ${executed:-0} ))
# Tests that skip themselves at run time are recorded as NotExecuted results, not in the counters.
notrun=$(grep -c 'outcome="NotExecuted"' "$trx" || true)
[ "$notrun" -gt "$skipped" ] && skipped=$notrun
grep -o 'testName="[^"]*"[^>]*outcome="NotExecuted"' "$trx" | sed 's/testName="\([^"]*\)".*/  skipped: \1/' >&2 || true
rm -rf "$results"
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "${failed:-0}" -ne 0 ]; then exit 1; fi
exit 0
