#!/usr/bin/env bash
# Benchmarks (docs/performance.md): installs Azurite if needed, runs in Release; options pass through, e.g. --orders 2000 --concurrency 16,
# or a mode: purge, audience, scale [small] [large] [due] [page] [eligible-every] [connection|-] [seeding-concurrency].
set -euo pipefail; cd "$(dirname "$0")/.."; [ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund; exec dotnet run -c Release --project bench/Registry.Bench -- "$@"
