#!/usr/bin/env bash
# Prints the letters the local register has sent: ./run.sh delivers each letter to the folder sink .letters/ (git-ignored;
# one RFC 5322 .eml file per letter id, openable in any mail client). For each: its id, recipient, subject and text,
# oldest first. `scripts/letters.sh DSR-2026-0002` shows only the letters whose id starts with that text. Whether a letter
# was sent is also on its case's timeline ("letter_sent"). REGISTRY_LETTERS_FOLDER points it at another sink folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

filter="${1:-}"
folder="${REGISTRY_LETTERS_FOLDER:-.letters}"

FILTER="$filter" FOLDER="$folder" python3 -c '
import email, email.policy, glob, os
wanted, folder = os.environ["FILTER"], os.environ["FOLDER"]
shown = 0
for path in sorted(glob.glob(os.path.join(folder, "*.eml")), key=os.path.getmtime):
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    letter_id = message.get("X-Registry-Letter-Id", os.path.basename(path)[:-4])
    if not letter_id.startswith(wanted):
        continue
    shown += 1
    print("==", letter_id, " to", message["To"].addresses[0].addr_spec if message["To"] else "(the privacy officer)")
    print("Subject:", message["Subject"])
    print(message.get_body(preferencelist=("plain",)).get_content().rstrip("\n"))
    print()
if shown == 0:
    print("No letters" + (f" whose id starts with {wanted}" if wanted else "") + f" in {folder}/.")
'
