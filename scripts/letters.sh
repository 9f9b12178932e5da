#!/usr/bin/env bash
# Prints the letters waiting on the local outbound-mail queue (Azurite on 127.0.0.1:10001, started by ./run.sh):
# for each, its id, recipient, subject and text. It only peeks: the letters stay on the queue. Azurite's peek
# returns at most 32 messages, the oldest first; `scripts/letters.sh DSR-2026-0002` shows only the letters whose
# id starts with that text. Development storage only: it signs with Azurite's well-known development account key.
set -euo pipefail

filter="${1:-}"
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
queue="${REGISTRY_OUTBOUND_MAIL_QUEUE:-outbound-mail}"
date_header="$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')"
version=2021-12-02

# Shared Key for the Queue service: the verb, eleven empty standard headers, the x-ms headers, the resource.
string_to_sign="GET"$'\n\n\n\n\n\n\n\n\n\n\n\n'"x-ms-date:${date_header}"$'\n'"x-ms-version:${version}"$'\n'"/${account}/${account}/${queue}/messages"$'\n'"numofmessages:32"$'\n'"peekonly:true"
signature="$(printf '%s' "$string_to_sign" \
  | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(printf '%s' "$key" | base64 -d | od -An -tx1 | tr -d ' \n')" -binary \
  | base64 -w0)"

xml="$(curl -sS --fail-with-body "http://127.0.0.1:10001/${account}/${queue}/messages?numofmessages=32&peekonly=true" \
  -H "x-ms-date: ${date_header}" -H "x-ms-version: ${version}" \
  -H "Authorization: SharedKey ${account}:${signature}")"

FILTER="$filter" python3 -c '
import base64, html, json, os, re, sys
wanted = os.environ["FILTER"]
shown = 0
for raw in re.findall(r"<MessageText>(.*?)</MessageText>", sys.stdin.read(), re.S):
    text = html.unescape(raw)
    try:
        letter = json.loads(text)
    except ValueError:
        letter = json.loads(base64.b64decode(text))
    if not str(letter.get("letterId", "")).startswith(wanted):
        continue
    shown += 1
    to = letter.get("to") or "(no address: the privacy officer delivers it)"
    print("==", letter.get("letterId"), " to", to)
    print("Subject:", letter.get("subject"))
    print(letter.get("body", ""))
    print()
if shown == 0:
    print("No letters" + (f" whose id starts with {wanted}" if wanted else "") + " on the queue.")
' <<<"$xml"
