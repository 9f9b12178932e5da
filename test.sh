#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds, runs every test project
# (integration tests start and stop their own Azurite on free loopback ports), and ends with one line
# "N passed, N failed, N skipped". Exit code is non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/setup.sh

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# The console's browser tests drive Debian's chromium (Playwright cannot download browsers here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium for the console's browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "NOTE: /usr/bin/chromium is missing and this is not root: the console's browser tests are skipped (apt-get install chromium)."
  fi
fi

echo "Building..."
dotnet build RegistryFunctions.sln --no-restore --nologo --verbosity quiet

status=0
dotnet test RegistryFunctions.sln --no-build --nologo --logger "console;verbosity=minimal" \
  --results-directory "$results" --blame-hang-timeout 5m 2>&1 | tee "$results/console.log" || status=$?

# Each test assembly ends with "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T, ...".
count() { grep -oE "(Passed|Failed)! +- .*" "$results/console.log" | grep -oE "$1: +[0-9]+" | awk '{ sum += $2 } END { print sum + 0 }'; }
passed=$(count Passed) failed=$(count Failed) skipped=$(count Skipped)

# The README walk-through, run literally on a fresh ./run.sh: one more test.
echo "Running the README walk-through (scripts/walkthrough.sh)..."
walk=0
scripts/walkthrough.sh 2>&1 | tee "$results/walkthrough.log" || walk=${PIPESTATUS[0]}
case "$walk" in
  0) passed=$((passed + 1)) ;;
  3) skipped=$((skipped + 1)) ;;
  *) failed=$((failed + 1)); status=1 ;;
esac

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or hung before it could report: never report a clean run
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
