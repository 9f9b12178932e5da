#!/usr/bin/env bash
# Generates the register's Key Vault secrets with the Azure CLI. Values are random and are never
# printed, logged or written to disk: each is created in a shell variable and passed to az on stdin.
#
#   client-<clientId, _ as ->-signingStandard Webhooks signing secret, whsec_<base64 of 32 random bytes>.
#                               Rotation: every run adds a new version; the previous version stays
#                               enabled. The app accepts the two newest enabled versions, so the old
#                               secret keeps working until the client has switched (design D6).
#   blind-index-root-key        32 random bytes, base64 (keyed blind indexes, design D4).
#   key-encryption-key          32 random bytes, base64 (wraps per-subject data keys, design D5).
#   unsubscribe-token-key       32 random bytes, base64 (signs one-click unsubscribe links). The app
#                               accepts the two newest enabled versions, so links already mailed keep
#                               working after a rotation (--rotate-unsubscribe-token-key adds a version).
#
# Usage:
#   scripts/new-keyvault-secrets.sh [--vault NAME] [--rotate-key-encryption-key] [--rotate-unsubscribe-token-key]
#                                   [--disable-older] CLIENT_ID...
#
#   --vault NAME         Key Vault name (default: AZURE_KEY_VAULT_NAME, e.g. from `azd env get-values`).
#   --rotate-key-encryption-key
#                        Also add a new version of key-encryption-key. New data keys are wrapped
#                        with it at once; then run the RewrapDataKeys function and, when its report
#                        shows 0 failed, disable the older versions (docs/data-protection.md).
#                        blind-index-root-key is only ever created when missing: a new version
#                        would make every existing lookup entry unfindable.
#   --rotate-unsubscribe-token-key
#                        Also add a new version of unsubscribe-token-key (links signed with the
#                        previous version keep working while it is one of the two newest).
#   --disable-older      Finish a rotation: for each client, add no new version and disable every
#                        signing-secret version except the newest (run after the client has moved
#                        to the newest secret; the app stops accepting the old one within
#                        Registry__Secrets__RefreshInterval).
#   CLIENT_ID...         Client ids (default: REGISTRY_CLIENT_IDS from the azd outputs).
#
# Needs: az (logged in, Key Vault Secrets Officer on the vault), openssl.
set -euo pipefail

vault="${AZURE_KEY_VAULT_NAME:-}"
rotate_kek=false
rotate_unsubscribe=false
disable_older=false
clients=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --vault) vault="${2:?--vault needs a name}"; shift 2 ;;
    --rotate-key-encryption-key) rotate_kek=true; shift ;;
    --rotate-unsubscribe-token-key) rotate_unsubscribe=true; shift ;;
    --disable-older) disable_older=true; shift ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) clients+=("$1"); shift ;;
  esac
done

if [[ ${#clients[@]} -eq 0 && -n "${REGISTRY_CLIENT_IDS:-}" ]]; then
  read -r -a clients <<< "${REGISTRY_CLIENT_IDS}"
fi
if [[ -z "$vault" ]]; then
  echo "No Key Vault: pass --vault NAME or set AZURE_KEY_VAULT_NAME." >&2
  exit 2
fi
if [[ ${#clients[@]} -eq 0 ]]; then
  echo "No client ids: pass them as arguments or set REGISTRY_CLIENT_IDS." >&2
  exit 2
fi
command -v az >/dev/null || { echo "az (Azure CLI) is required." >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is required." >&2; exit 2; }

# Client ids are lower-case letters and digits joined by single '_' (they become App Service setting names);
# Key Vault secret names allow letters, digits and '-', so the secret name spells each '_' as '-'.
valid_client='^[a-z0-9]+(_[a-z0-9]+)*$'

random_base64() {
  openssl rand -base64 32 | tr -d '\n'
}

# Reads the value from stdin so it never appears in the process list or shell history.
set_secret() {
  local name="$1" content_type="$2"
  az keyvault secret set --vault-name "$vault" --name "$name" --content-type "$content_type" \
    --file /dev/stdin --encoding utf-8 --only-show-errors --output none
  echo "set $name (new version)"
}

secret_exists() {
  az keyvault secret show --vault-name "$vault" --name "$1" --query id --output tsv --only-show-errors >/dev/null 2>&1
}

disable_all_but_newest() {
  local name="$1" version
  az keyvault secret list-versions --vault-name "$vault" --name "$name" \
      --query "sort_by([?attributes.enabled], &attributes.created)[:-1].id" --output tsv --only-show-errors |
    while read -r version; do
      [[ -z "$version" ]] && continue
      az keyvault secret set-attributes --id "$version" --enabled false --only-show-errors --output none
      echo "disabled an older version of $name"
    done
}

for client in "${clients[@]}"; do
  if [[ ! "$client" =~ $valid_client ]]; then
    echo "Client id '$client' must be lower-case letters and digits joined by single '_' (e.g. store_helsinki)." >&2
    exit 2
  fi
  name="client-${client//_/-}-signing"
  if [[ "$disable_older" == true ]]; then
    # Retiring must not add a version: a new one would push the client's current secret out of the
    # two the app accepts at the next rotation.
    disable_all_but_newest "$name"
  else
    printf 'whsec_%s' "$(random_base64)" | set_secret "$name" "text/plain; format=whsec"
  fi
done

if secret_exists blind-index-root-key; then
  echo "kept blind-index-root-key (never rotated here: every lookup entry is keyed with it)"
else
  random_base64 | set_secret blind-index-root-key "application/octet-stream; encoding=base64"
fi

if [[ "$rotate_kek" == true ]] || ! secret_exists key-encryption-key; then
  random_base64 | set_secret key-encryption-key "application/octet-stream; encoding=base64"
  [[ "$rotate_kek" == true ]] && echo "added a key-encryption-key version: now run RewrapDataKeys (docs/data-protection.md)"
else
  echo "kept key-encryption-key (exists; use --rotate-key-encryption-key to add a version)"
fi

if [[ "$rotate_unsubscribe" == true ]] || ! secret_exists unsubscribe-token-key; then
  random_base64 | set_secret unsubscribe-token-key "application/octet-stream; encoding=base64"
else
  echo "kept unsubscribe-token-key (exists; use --rotate-unsubscribe-token-key to add a version)"
fi
