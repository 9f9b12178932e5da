import { json, type CaseView } from "./api.js";
import { daysUntil } from "./i18n.js";

export const openStatuses = ["received", "awaiting_verification", "verified", "in_progress"];
export const allStatuses = [...openStatuses, "completed", "partially_completed", "refused", "withdrawn"];
export const requestTypes = ["access", "rectification", "erasure", "objection", "restriction", "anonymisation"];

export const isOpen = (c: CaseView) => openStatuses.includes(c.status);

/** Every case, by deadline (the list holds no personal data). */
export async function listCases(): Promise<CaseView[]> {
  const answer = await json<{ cases: CaseView[] }>("cases");
  return answer.cases.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.reference.localeCompare(b.reference));
}

/** overdue, soon (≤ 7 days) or nothing: how loudly a deadline should speak. */
export function urgency(c: CaseView): "overdue" | "soon" | "" {
  if (!isOpen(c)) return "";
  const days = daysUntil(c.deadline);
  return days < 0 ? "overdue" : days <= 7 ? "soon" : "";
}
