#!/usr/bin/env bash
# Installs what the repo needs on a fresh machine: Node.js (for Azurite) when missing, the pinned
# npm packages, and the NuGet packages of the solution. Sourced by ./run.sh and ./test.sh.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH." >&2
  exit 1
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Node.js and npm (for Azurite)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "Node.js 20+ with npm is required for Azurite; please install it." >&2
    exit 1
  fi
fi

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing Azurite (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "Building the privacy console..."
"$(dirname "${BASH_SOURCE[0]}")/build-console.sh"

echo "Restoring NuGet packages..."
dotnet restore RegistryFunctions.sln --verbosity quiet
