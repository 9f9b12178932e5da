#!/usr/bin/env bash
# Runs the register locally on a fresh machine: installs what is missing, starts Azurite on loopback
# (data in .azurite/, git-ignored), creates local.settings.json from the sample if absent, starts the
# functions on http://localhost:7071 (Core Tools' `func` when it is on PATH, else the repo's dev host, a
# local Functions host that starts the real worker; the worker creates the tables, queues and containers in
# Development), posts the sample orders and prints how to call it.
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/setup.sh

if [ -f local.settings.json ]; then
  node scripts/merge-local-settings.js
else
  cp local.settings.sample.json local.settings.json
  echo "Created local.settings.json from the sample (development-only values)."
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { for _ in $(seq 1 "$2"); do port_open "$1" && return 0; sleep 0.5; done; echo "Nothing is listening on port $1." >&2; return 1; }

for port in 10000 10001 10002 7071; do
  if port_open "$port"; then echo "Port $port is already in use; stop what runs there (another Azurite or dev host?)." >&2; exit 1; fi
done

# Letters go to .letters/ (git-ignored; one .eml per letter id; scripts/letters.sh reads them), wherever the host runs.
export Registry__Letters__Folder="$PWD/.letters"

pids=()
azurite=""
# The functions host, started in the background, ignores Ctrl-C's SIGINT: it gets SIGTERM here. Azurite
# handles SIGINT itself and is already closing on Ctrl-C; a SIGTERM on top makes it throw "Cannot close server",
# so it gets one only if it still runs a moment later (run.sh ended otherwise).
cleanup() {
  trap - EXIT INT TERM
  [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
  if [ -n "$azurite" ]; then
    for _ in $(seq 1 15); do kill -0 "$azurite" 2>/dev/null || break; sleep 0.2; done
    kill "$azurite" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# Where Azurite keeps the local register; the walk-through check (scripts/walkthrough.sh) points it at a fresh folder.
data=${REGISTRY_LOCAL_DATA:-.azurite}

# Local data written in an older storage format (before per-person encryption: plaintext values,
# unkeyed order fingerprints) cannot be read by this version. It is development data: set it aside.
data_format=2
if [ -d "$data" ] && [ -n "$(ls -A "$data")" ] && [ "$(cat "$data/registry-format" 2>/dev/null)" != "$data_format" ]; then
  aside="$data-old-$(date +%Y%m%d%H%M%S)"
  mv "$data" "$aside"
  echo "Local data in $data/ was written in an older storage format; moved it to $aside/ and starting empty."
fi
mkdir -p "$data"
echo "$data_format" > "$data/registry-format"
node_modules/.bin/azurite --silent --disableTelemetry --location "$data" --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
azurite=$!
wait_for 10002 60

if command -v func >/dev/null 2>&1; then
  echo "Starting the functions with Azure Functions Core Tools..."
  cp local.settings.json src/Registry.Functions/local.settings.json
  (cd src/Registry.Functions && exec func start --port 7071) &
else
  echo "Starting the functions: the dev host runs the worker (docs/dev-host.md)..."
  dotnet build src/Registry.DevHost --no-restore --nologo --verbosity quiet
  # The host itself, not `dotnet run`, so Ctrl-C and the cleanup below reach the process that stops the worker.
  dotnet src/Registry.DevHost/bin/Debug/net10.0/Registry.DevHost.dll &
fi
pids+=($!)
wait_for 7071 240

echo
echo "Posting the sample orders (signed as the webshop and store_helsinki clients):"
scripts/signed-curl.sh POST /api/orders samples/order-webshop.json
scripts/signed-curl.sh --client store_helsinki POST /api/orders samples/order-store.json

cat <<'TEXT'

The register runs on http://localhost:7071 (Azurite: 127.0.0.1:10000-10002). Ctrl-C stops both.

  The privacy console:  http://localhost:7071/api/console/   (DEVELOPMENT sign-in as officer or reader)

  GET  /api/health                         healthy or unhealthy (the detail with a staff token)
  POST /api/orders                         signed order, contract v1 (docs/api/orders.md)
  PUT  /api/orders/{orderId}/billing       signed invoice status change
  POST /admin/functions/{name}             run a queue or timer function now (JSON, from this machine)

Try, in another terminal:
  curl -s http://localhost:7071/api/health
  scripts/signed-curl.sh POST /api/orders samples/order-webshop.json            # again: 200, same answer
  scripts/signed-curl.sh PUT /api/orders/WS-2026-1001/billing samples/billing-paid.json
TEXT
wait "${pids[@]}" "$azurite"
