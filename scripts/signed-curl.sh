#!/usr/bin/env bash
# Sends a request signed the Standard Webhooks way, as a configured client (web shop, store, reseller)
# would: webhook-id, webhook-timestamp and webhook-signature = v1,base64(HMAC-SHA256(secret,
# "{id}.{timestamp}.{body}")). The secret is the client's first signing secret in local.settings.json.
#
#   scripts/signed-curl.sh [--client ID] METHOD PATH BODY_FILE
#   scripts/signed-curl.sh POST /api/orders samples/order-webshop.json
#   scripts/signed-curl.sh --client store_helsinki POST /api/orders samples/order-store.json
#   scripts/signed-curl.sh PUT /api/orders/WS-2026-1001/billing samples/billing-paid.json   (the body names its orderId)
#   scripts/signed-curl.sh GET '/api/audiences/direct_marketing?pageSize=10' -
# A GET has no body: its path and query, exactly as sent, are signed in place of the body (BODY_FILE is -).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

client=webshop
if [ "${1:-}" = "--client" ]; then client=$2; shift 2; fi
if [ $# -ne 3 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
method=$1 path=$2 file=$3
url=${REGISTRY_URL:-http://localhost:7071}
settings=${REGISTRY_SETTINGS:-local.settings.json}

secret=$(grep -o "\"Registry__Clients__${client}__SigningSecrets__0\": *\"whsec_[^\"]*\"" "$settings" | sed -E 's/.*"whsec_([^"]*)"$/\1/') || true
if [ -z "$secret" ]; then
  echo "No signing secret for client '$client' in $settings." >&2
  exit 1
fi

key_hex=$(printf '%s' "$secret" | base64 -d | od -An -v -tx1 | tr -d ' \n')
id="msg_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
timestamp=$(date +%s)
if [ "$method" = "GET" ]; then
  signature=$(printf '%s.%s.%s' "$id" "$timestamp" "$path" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64 -w0)
  curl -sS "$url$path" \
    -H "webhook-id: $id" -H "webhook-timestamp: $timestamp" -H "webhook-signature: v1,$signature" -w '\nHTTP %{http_code}\n'
  exit 0
fi

# Sign the file's exact bytes: the same bytes curl sends.
signature=$({ printf '%s.%s.' "$id" "$timestamp"; cat "$file"; } | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64 -w0)

curl -sS -X "$method" "$url$path" \
  -H 'content-type: application/json' \
  -H "webhook-id: $id" -H "webhook-timestamp: $timestamp" -H "webhook-signature: v1,$signature" \
  --data-binary "@$file" -w '\nHTTP %{http_code}\n'
