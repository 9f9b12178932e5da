#!/usr/bin/env bash
# Benchmarks (docs/performance.md): installs Azurite if needed, runs in Release; options pass through, e.g. --orders 2000 --concurrency 16,
# or a mode: purge, audience, scale [small] [large] [due] [page] [eligible-every] [connection|-] [seeding-concurrency].
# Azurite keeps every table in its Node heap: a 100,000-person register comes near Node's default limit (about 4 GB);
# the scale mode's Azurite peaked at 0.58 GB resident for 10,000 people and 1.16 GB for 30,000 (docs/performance.md).
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=8192}"
set -euo pipefail; cd "$(dirname "$0")/.."; [ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund; exec dotnet run -c Release --project bench/Registry.Bench -- "$@"
