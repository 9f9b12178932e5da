import type { CaseView } from "./api.js";

/**
 * The letters a case queued, read from its timeline: each step that writes to the requester leaves its event,
 * and the letter id is fixed per case ({reference}-{kind}), as the mailbox connector sends it.
 */
export function lettersOf(c: CaseView): { id: string; at: string }[] {
  const letters: { id: string; at: string }[] = [];
  const add = (kind: string, at: string) => letters.push({ id: `${c.reference}-${kind}`, at });
  for (const e of c.timeline ?? []) {
    if (e.kind === "acknowledged") add("acknowledgement", e.at);
    if (e.kind === "extended") add("extension-notice", e.at);
    if (e.kind === "refused") add("refusal", e.at);
    if (e.kind === "action_executed" || e.kind === "action_partially_executed") {
      const step = (e.detail ?? "").split(":")[0];
      const kind: Record<string, string> = {
        access: "access-notice", rectification: "rectification-done", objection: "objection-done", restriction: "restriction-done",
        erasure: e.kind === "action_partially_executed" ? "erasure-partial" : "erasure-done", anonymisation: "anonymisation-done",
      };
      if (kind[step]) add(kind[step], e.at);
    }
  }
  return letters;
}
