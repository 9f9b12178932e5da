#!/usr/bin/env bash
# Ingestion benchmark (docs/performance.md): installs Azurite if needed, runs in Release; options pass through, e.g. --orders 2000 --concurrency 16.
set -euo pipefail; cd "$(dirname "$0")/.."; [ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund; exec dotnet run -c Release --project bench/Registry.Bench -- "$@"
