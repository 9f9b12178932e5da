import { html, nothing } from "lit";
import { ConsoleElement } from "../base.js";
import { json } from "../api.js";
import { FormState, value } from "../forms.js";
import { date, t } from "../i18n.js";

interface Entry { entryId: string; at: string; actorId: string; actorName?: string; role: string; action: string; caseReference?: string; subjectId?: string; reason?: string; reasonState?: string }
interface Report { name: string; runDate: string; dryRun: boolean; outcome: string; items: number; actions: Record<string, number> }

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/** The audit log by day or by person, and the latest purge reports (privacy officer). */
export class AuditPage extends ConsoleElement {
  static properties = { entries: { state: true }, reports: { state: true } };
  entries: Entry[] | null = null;
  reports: Report[] | null = null;
  private state = new FormState();

  connectedCallback(): void {
    super.connectedCallback();
    void this.show(`audit?day=${today()}`);
    json<{ reports: Report[] }>("purge-reports").then((r) => (this.reports = r.reports), () => (this.reports = []));
  }

  private async show(path: string) {
    await this.state.run(this, async () => {
      this.entries = (await json<{ entries: Entry[] }>(path)).entries;
    });
  }

  render() {
    return html`<h2>${t().audit}</h2>
      <div class="audit-forms">
        <form @submit=${(e: Event) => { e.preventDefault(); void this.show(`audit?day=${value(e.target as HTMLFormElement, "day")}`); }}>
          <h3>${t().auditByDay}</h3><label for="audit-day">${t().day}</label><input id="audit-day" name="day" type="date" .value=${today()}>
          <button type="submit">${t().show}</button></form>
        <form @submit=${(e: Event) => { e.preventDefault(); void this.show(`audit?subjectId=${encodeURIComponent(value(e.target as HTMLFormElement, "subjectId"))}`); }}>
          <h3>${t().auditByPerson}</h3><label for="audit-subject">${t().subjectId}</label><input id="audit-subject" name="subjectId" autocomplete="off" placeholder="sub_…">
          <button type="submit">${t().show}</button></form>
      </div>
      ${this.state.summary("audit-problem", [])}
      ${this.entries ? html`<table class="audit"><thead><tr><th scope="col">${t().at}</th><th scope="col">${t().actor}</th><th scope="col">${t().action}</th>
        <th scope="col">${t().reference}</th><th scope="col">${t().person}</th><th scope="col">${t().reason}</th></tr></thead><tbody>
        ${this.entries.map((e) => html`<tr><td>${date(e.at, true)}</td><td>${e.actorName ?? e.actorId}</td><td>${e.action}</td>
          <td>${e.caseReference ? html`<a href="#/case/${e.caseReference}">${e.caseReference}</a>` : nothing}</td>
          <td>${e.subjectId ? html`<a href="#/person/${e.subjectId}">${e.subjectId}</a>` : nothing}</td>
          <td>${e.reason ?? (e.reasonState ? `(${e.reasonState})` : "")}</td></tr>`)}</tbody></table>` : nothing}
      <section aria-labelledby="purge-h"><h3 id="purge-h">${t().purgeReports}</h3>
        ${!this.reports || this.reports.length === 0 ? html`<p>${t().none}</p>` : html`<table><thead><tr><th scope="col">${t().day}</th><th scope="col">${t().outcome}</th>
          <th scope="col">${t().items}</th><th scope="col">${t().actions}</th></tr></thead><tbody>
          ${this.reports.map((r) => html`<tr><td>${date(r.runDate)}${r.dryRun ? html` (${t().dryRun})` : nothing}</td><td>${r.outcome}</td><td>${r.items}</td>
            <td>${Object.entries(r.actions).map(([k, v]) => `${k}: ${v}`).join(", ")}</td></tr>`)}</tbody></table>`}
      </section>`;
  }
}
customElements.define("audit-page", AuditPage);
