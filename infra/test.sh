#!/usr/bin/env bash
# Compiles and lints infra/main.bicep with the bicep CLI from the Azure.Bicep.CommandLine.linux-x64
# NuGet package (works offline), failing on any error or linter/compiler warning, then runs the
# infrastructure tests against the compiled ARM JSON. The JSON goes to a temp dir, never the repo.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# Restore the test project so the bicep package is in the NuGet cache, then ask MSBuild where it is.
dotnet restore tests/Registry.Infra.Tests --verbosity quiet
bicep="$(dotnet msbuild tests/Registry.Infra.Tests -getProperty:BicepPath | tr -d '\r')"
if [[ ! -f "$bicep" ]]; then
  echo "bicep CLI not found at '$bicep'." >&2
  exit 1
fi
chmod +x "$bicep" 2>/dev/null || true
"$bicep" --version

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# bicep lint exits 0 on warnings, so any diagnostic line at all is treated as a failure.
diagnostics="$("$bicep" lint infra/main.bicep 2>&1)" || { echo "$diagnostics" >&2; exit 1; }
if grep -qE ': (Warning|Error|Info) ' <<< "$diagnostics"; then
  echo "$diagnostics" >&2
  echo "bicep lint reported findings." >&2
  exit 1
fi
build_output="$("$bicep" build infra/main.bicep --outfile "$out/main.json" 2>&1)" || { echo "$build_output" >&2; exit 1; }
if grep -qE ': (Warning|Error) ' <<< "$build_output"; then
  echo "$build_output" >&2
  exit 1
fi
echo "bicep build and lint: clean"

dotnet test tests/Registry.Infra.Tests
