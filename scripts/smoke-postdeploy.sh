#!/bin/sh
# The azd postdeploy hook (azure.yaml): runs scripts/smoke.sh against the deployed app when the deployment reserves the
# smoke-test client (REGISTRY_SMOKE_TEST=true). Without it, or with REGISTRY_SKIP_SMOKE_TEST=true, or while something
# the test needs is not there yet (the client's signing secret before scripts/new-keyvault-secrets.sh ran, the staff
# API's audience, a token with Registry.PrivacyOfficer for the signed-in user), it says why and exits 0: a deployment
# without a smoke client never fails on it. Once everything is there, a failing smoke test fails `azd deploy`.
# POSIX sh (azd runs it with sh). Reads the azd environment (azd passes its values as environment variables) and uses the signed-in Azure CLI.
set -eu
cd "$(dirname "$0")/.."

skip() { printf 'smoke test skipped: %s\n' "$*"; exit 0; }

[ "${REGISTRY_SKIP_SMOKE_TEST:-false}" != true ] || skip "REGISTRY_SKIP_SMOKE_TEST=true."
[ "${REGISTRY_SMOKE_TEST:-false}" = true ] || skip "no smoke-test client is reserved (azd env set REGISTRY_SMOKE_TEST true, then azd up; docs/deploy.md#smoke-test-after-azd-up)."
command -v az >/dev/null 2>&1 || skip "the Azure CLI (az) is not installed."
app=${AZURE_FUNCTION_APP_NAME:-}
group=${AZURE_RESOURCE_GROUP:-}
vault=${AZURE_KEY_VAULT_NAME:-}
[ -n "$app" ] && [ -n "$group" ] && [ -n "$vault" ] || skip "the azd environment has no AZURE_FUNCTION_APP_NAME, AZURE_RESOURCE_GROUP or AZURE_KEY_VAULT_NAME yet."
audience=${REGISTRY_STAFF_AUDIENCE:-}
[ -n "$audience" ] || skip "REGISTRY_STAFF_AUDIENCE is not set, so no staff token can be had (docs/deploy.md, step 1)."

secret=$(az keyvault secret show --vault-name "$vault" --name client-smoke-test-signing --query value -o tsv 2>/dev/null) \
  || skip "Key Vault has no client-smoke-test-signing yet (run scripts/new-keyvault-secrets.sh, then azd deploy)."
scope=${REGISTRY_SMOKE_STAFF_SCOPE:-}
if [ -z "$scope" ]; then
  case $audience in
    api://*) scope="$audience/Registry.Access" ;;
    *) scope="api://$audience/Registry.Access" ;;
  esac
fi
token=$(az account get-access-token --scope "$scope" --query accessToken -o tsv 2>/dev/null) \
  || skip "no token for $scope: the signed-in user needs the Registry.PrivacyOfficer role and the CLI pre-authorized (docs/deploy.md)."
host=$(az functionapp show -g "$group" -n "$app" --query defaultHostName -o tsv)
master=$(az functionapp keys list -g "$group" -n "$app" --query masterKey -o tsv)

REGISTRY_SMOKE_URL="https://$host" REGISTRY_SMOKE_SECRET="$secret" REGISTRY_SMOKE_STAFF_TOKEN="$token" \
  REGISTRY_SMOKE_ADMIN_KEY="$master" exec scripts/smoke.sh
