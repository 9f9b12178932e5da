import { html } from "lit";
import { ConsoleElement } from "./base.js";
import { isOpen, listCases, urgency } from "./cases.js";
import { t } from "./i18n.js";

/** One line: open, overdue, triage, poison. */
export class DashboardLine extends ConsoleElement {
  static properties = { counts: { state: true } };
  counts: number[] | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener("hashchange", () => void this.load());
    void this.load();
  }

  private async load() {
    try {
      const open = (await listCases()).filter(isOpen);
      this.counts = [open.length, open.filter((c) => urgency(c) === "overdue").length,
        open.filter((c) => c.triage).length, open.filter((c) => c.triage === "poison").length];
    } catch {
      this.counts = null;
    }
  }

  render() {
    if (!this.counts) return html``;
    const [open, overdue, triage, poison] = this.counts;
    return html`<p class="dashboard"><span class="sr-only">${t().dashboard}: </span>
      <span><strong>${open}</strong> ${t().open}</span>
      <span class=${overdue > 0 ? "overdue" : ""}><strong>${overdue}</strong> ${t().overdue}</span>
      <span><strong>${triage}</strong> ${t().triage.toLowerCase()}</span>
      <span class=${poison > 0 ? "overdue" : ""}><strong>${poison}</strong> ${t().poison}</span></p>`;
  }
}
customElements.define("dashboard-line", DashboardLine);
