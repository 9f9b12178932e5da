#!/usr/bin/env bash
# Builds the privacy officer's console (console/, TypeScript + Lit, esbuild) into console/dist/, which the Functions
# project copies into its output under console/ (served by ServeConsole). Installs the pinned npm packages from
# console/package-lock.json when missing, and type-checks before bundling. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../console"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the console's packages (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

node_modules/.bin/tsc --noEmit
node build.mjs
