#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds, runs every test project
# (integration tests start and stop their own Azurite on free loopback ports), and ends with one line
# "N passed, N failed, N skipped". Exit code is non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/setup.sh

results="artifacts/test-results"
rm -rf "$results"

echo "Building..."
dotnet build RegistryFunctions.sln --no-restore --nologo --verbosity quiet

status=0
dotnet test RegistryFunctions.sln --no-build --nologo \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=minimal" \
  --results-directory "$results" --blame-hang-timeout 5m || status=$?

passed=0 failed=0 total=0 executed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { sed -E "s/.* $1=\"([0-9]+)\".*/\1/" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  total=$((total + $(value total)))
  executed=$((executed + $(value executed)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or hung: count it, never report a clean run
fi
echo "$passed passed, $failed failed, $((total - executed)) skipped"
exit "$status"
