#!/usr/bin/env bash
# Smoke test of a running register (after `azd up`, or against ./run.sh): checks health, posts a signed synthetic order
# as the reserved client smoke_test, sends an erasure request from the same synthetic person through the mailbox
# intake, verifies and decides it as the privacy officer, waits until the case is completed, and confirms nothing of
# the person remains (the staff view answers 404 and the e-mail search finds no one). Everything it sends is made up:
# the person "Smoke Test" at smoke-<run>@smoke-test.invalid, order SMK-<year>-<run> (paid, objecting to every purpose).
# The smoke client's orders carry no Accounting Act period (they are no sale), so the erasure leaves nothing;
# only the case file stays, as every case does, with the synthetic mail in it (docs/deploy.md#smoke-test-after-azd-up).
#
#   REGISTRY_SMOKE_URL=https://func-….azurewebsites.net REGISTRY_SMOKE_SECRET=whsec_… \
#   REGISTRY_SMOKE_STAFF_TOKEN=<Entra token with Registry.PrivacyOfficer> REGISTRY_SMOKE_ADMIN_KEY=<host master key> \
#   scripts/smoke.sh
#   scripts/smoke.sh --local        # against ./run.sh: the dev host's URL, the sample secret and a development token
#
# Exit code: 0 passed, 1 a check failed (the message says which), 2 usage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${1:-}" = "--local" ]; then
  : "${REGISTRY_SMOKE_URL:=http://localhost:7071}"
  settings=${REGISTRY_SETTINGS:-local.settings.json}
  [ -f "$settings" ] || settings=local.settings.sample.json
  : "${REGISTRY_SMOKE_SECRET:=$(grep -o '"Registry__Clients__smoke_test__SigningSecrets__0": *"whsec_[^"]*"' "$settings" | grep -o 'whsec_[^"]*')}"
elif [ $# -gt 0 ]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi

url=${REGISTRY_SMOKE_URL:?set REGISTRY_SMOKE_URL (the https base address of the app) or run with --local}
url=${url%/}
secret=${REGISTRY_SMOKE_SECRET:?set REGISTRY_SMOKE_SECRET (the whsec_ signing secret of the smoke_test client)}
client=${REGISTRY_SMOKE_CLIENT:-smoke_test}
wait_seconds=${REGISTRY_SMOKE_WAIT:-120}
admin_key=${REGISTRY_SMOKE_ADMIN_KEY:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

# curl that records the status in $work/status and prints the body.
call() {
  curl -sS -o "$work/body" -w '%{http_code}' "$@" > "$work/status" || fail "no answer from $url"
  cat "$work/body"
}
status() { cat "$work/status"; }

# A signed POST the Standard Webhooks way (as scripts/signed-curl.sh): v1,base64(HMAC-SHA256(key, "{id}.{ts}.{body}")).
signed_post() {
  local path=$1 file=$2 key_hex id timestamp signature
  key_hex=$(printf '%s' "${secret#whsec_}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
  id="msg_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  timestamp=$(date +%s)
  signature=$({ printf '%s.%s.' "$id" "$timestamp"; cat "$file"; } | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64 -w0)
  call -X POST "$url$path" -H 'content-type: application/json' \
    -H "webhook-id: $id" -H "webhook-timestamp: $timestamp" -H "webhook-signature: v1,$signature" --data-binary "@$file"
}

run=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ' | cut -c1-8)
year=$(date -u +%Y)
email="smoke-$run@smoke-test.invalid"
order="SMK-$year-$run"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# 1. Health: the instance may handle personal data here.
health=$(call "$url/api/health")
[ "$(status)" = 200 ] && [[ $health == *'"status":"healthy"'* ]] || fail "GET /api/health answered $(status): $health"
step "health: healthy"

# 2. The synthetic order, paid, objecting to every purpose (so it is in no audience meanwhile).
cat > "$work/order.json" <<EOF
{"orderId":"$order","channel":"webshop","placedAt":"$now",
 "customer":{"firstName":"Smoke","lastName":"Test","email":"$email",
  "address":{"street":"Testikatu 1","postalCode":"00000","city":"Smoke","country":"FI"}},
 "billing":{"paymentMethod":"card","invoiceStatus":"paid"},
 "lines":[{"sku":"SMOKE-TEST","description":"Synthetic smoke-test line","quantity":1,"unitPrice":1.00,"vatRate":25.5}],
 "currency":"EUR","total":1.00,
 "preferences":[{"purpose":"direct_marketing","state":"objected","evidence":"smoke-test"},
  {"purpose":"direct_advertising","state":"objected","evidence":"smoke-test"},
  {"purpose":"distance_selling","state":"objected","evidence":"smoke-test"},
  {"purpose":"market_research","state":"objected","evidence":"smoke-test"},
  {"purpose":"targeted_content","state":"objected","evidence":"smoke-test"}]}
EOF
answer=$(signed_post /api/orders "$work/order.json")
[ "$(status)" = 201 ] || fail "POST /api/orders as $client answered $(status): $answer"
subject=$(grep -o 'sub_[a-z0-9]*' <<< "$answer" | head -1)
[ -n "$subject" ] || fail "the order's answer named no subjectId: $answer"
step "order $order stored for $subject"

# 3. A staff token: given (Entra ID in Azure), or a development token from the dev host.
token=${REGISTRY_SMOKE_STAFF_TOKEN:-}
if [ -z "$token" ]; then
  minted=$(call -X POST "$url/admin/dev-token" -H 'content-type: application/json' \
    -d '{"subject":"smoke-test","name":"Smoke test","roles":["Registry.PrivacyOfficer"]}')
  token=$(sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<< "$minted")
  [ -n "$token" ] || fail "no REGISTRY_SMOKE_STAFF_TOKEN and the host issues no development token ($(status))"
fi
auth="Authorization: Bearer $token"
reason='X-Audit-Reason: post-deployment smoke test'

# 4. The same person asks for erasure by mail: the mailbox connector's message on subject-requests, run through the
#    host's admin API (the master key in Azure; none on the dev host).
message="{\"messageId\":\"<smoke-$run@smoke-test.invalid>\",\"receivedAt\":\"$now\",\"channel\":\"email\",\"from\":\"$email\",\"fromName\":\"Smoke Test\",\"subject\":\"Poistopyyntö / erasure request\",\"body\":\"Pyydän poistamaan kaikki tietoni. Please erase all my data. Tilausnumero $order.\",\"attachments\":[]}"
printf '{"input":"%s"}' "${message//\"/\\\"}" > "$work/invoke.json"
invoked=$(call -X POST "$url/admin/functions/ReceiveSubjectRequest" -H 'content-type: application/json' \
  ${admin_key:+-H "x-functions-key: $admin_key"} --data-binary "@$work/invoke.json")
[ "$(status)" = 202 ] || fail "POST /admin/functions/ReceiveSubjectRequest answered $(status) (REGISTRY_SMOKE_ADMIN_KEY?): $invoked"

reference=
for _ in $(seq "$wait_seconds"); do
  listing=$(call "$url/api/staff/cases?status=awaiting_verification" -H "$auth")
  [ "$(status)" = 200 ] || fail "GET /api/staff/cases answered $(status) (a token with Registry.PrivacyOfficer?): $listing"
  reference=$(sed 's/{"reference"/\n{"reference"/g' <<< "$listing" | grep "\"subjectId\":\"$subject\"" | grep -o 'DSR-[0-9]*-[0-9]*' | head -1 || true)
  [ -z "$reference" ] || break
  sleep 1
done
[ -n "$reference" ] || fail "no case linked to $subject opened within ${wait_seconds}s"
step "case $reference opened"

# 5. Verify (her registered e-mail and her order number) and decide the erasure.
verified=$(call -X POST "$url/api/staff/cases/$reference/verify" -H "$auth" -H 'content-type: application/json' \
  -d '{"method":"registered_email_and_order","note":"Post-deployment smoke test (synthetic person)"}')
[ "$(status)" = 200 ] || fail "verify $reference answered $(status): $verified"
decided=$(call -X POST "$url/api/staff/cases/$reference/decision" -H "$auth" -H 'content-type: application/json' \
  -d '{"actions":["erasure"],"reason":"Post-deployment smoke test (synthetic person)"}')
[[ $(status) == 20? ]] || fail "decision on $reference answered $(status): $decided"

state=
for _ in $(seq "$wait_seconds"); do
  case_json=$(call "$url/api/staff/cases/$reference" -H "$auth" -H "$reason")
  state=$(grep -o '"status":"[a-z_]*"' <<< "$case_json" | head -1 | cut -d'"' -f4)
  case $state in completed | partially_completed | refused | withdrawn) break ;; esac
  sleep 1
done
[ "$state" = completed ] || fail "case $reference is '$state', not completed, after ${wait_seconds}s (a hold kept something?)"
step "case $reference completed: erasure executed"

# 6. Nothing of the person remains: no subject, no e-mail lookup.
gone=$(call "$url/api/staff/subjects/$subject" -H "$auth" -H "$reason")
[ "$(status)" = 404 ] || fail "GET /api/staff/subjects/$subject answered $(status) after the erasure: $gone"
found=$(call -X POST "$url/api/staff/subjects/search" -H "$auth" -H 'content-type: application/json' -d "{\"email\":\"$email\"}")
[[ $found == *'"subjects":[]'* && $found == *'"restricted":[]'* ]] || fail "the e-mail search still finds someone: $found"
step "nothing of $subject remains: PASSED"
