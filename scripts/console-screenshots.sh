#!/usr/bin/env bash
# Takes the screenshots of docs/console.md (each page, Finnish and English) into docs/console/ with the browser test
# Registry.Console.Tests' ScreenshotTests, on the app in the dev host.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p docs/console
dotnet build tests/Registry.Console.Tests --nologo --verbosity quiet
REGISTRY_CONSOLE_SCREENSHOTS="$PWD/docs/console" dotnet test tests/Registry.Console.Tests --no-build --nologo --filter "FullyQualifiedName~ScreenshotTests"
