import { html, nothing } from "lit";
import { ConsoleElement } from "../base.js";
import { allStatuses, isOpen, listCases, requestTypes, urgency } from "../cases.js";
import { text, type CaseView } from "../api.js";
import { date, daysUntil, t, word } from "../i18n.js";
import "../reason.js";

/** Open cases by deadline, overdue and due within 7 days marked; or, with `triage`, the cases a person must read first. */
export class InboxPage extends ConsoleElement {
  static properties = { triage: { type: Boolean }, cases: { state: true }, status: { state: true }, type: { state: true }, originals: { state: true }, error: { state: true } };
  triage = false;
  cases: CaseView[] | null = null;
  status = "open";
  type = "";
  originals: Record<string, string> = {};
  error = "";

  connectedCallback(): void {
    super.connectedCallback();
    listCases().then((cases) => (this.cases = cases), (e: Error) => (this.error = e.message));
  }

  private shown(): CaseView[] {
    return (this.cases ?? []).filter((c) =>
      (this.triage ? c.triage && isOpen(c) : (this.status === "open" ? isOpen(c) : this.status === "" || c.status === this.status))
      && (this.type === "" || c.types.includes(this.type)));
  }

  private async readOriginal(reference: string, reason: string) {
    try {
      const original = await text(`cases/${encodeURIComponent(reference)}/original`, { reason });
      this.originals = { ...this.originals, [reference]: original };
    } catch (e) {
      this.originals = { ...this.originals, [reference]: (e as Error).message };
    }
  }

  private filters() {
    return html`<div class="filters">
      ${this.triage ? nothing : html`<label>${t().status}
        <select @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value)}>
          <option value="open" ?selected=${this.status === "open"}>${t().open}</option>
          <option value="" ?selected=${this.status === ""}>${t().all}</option>
          ${allStatuses.map((s) => html`<option value=${s} ?selected=${this.status === s}>${word(s)}</option>`)}
        </select></label>`}
      <label>${t().type}
        <select @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value)}>
          <option value="">${t().all}</option>
          ${requestTypes.map((s) => html`<option value=${s} ?selected=${this.type === s}>${word(s)}</option>`)}
        </select></label>
    </div>`;
  }

  private row(c: CaseView) {
    const level = urgency(c);
    const days = daysUntil(c.deadline);
    return html`<tr class=${level}>
      <th scope="row"><a href="#/case/${c.reference}">${c.reference}</a></th>
      <td>${c.types.map(word).join(", ")}</td>
      <td>${word(c.status)}</td>
      <td>${date(c.receivedAt)}</td>
      <td><span class="deadline">${date(c.deadline)}</span>${c.extendedTo ? html` <span class="tag">${t().extendedTo.toLowerCase()}</span>` : nothing}
        ${isOpen(c) ? html`<span class="days ${level}">${t().daysLeft(days)}</span>` : nothing}</td>
      ${this.triage ? html`<td>${word(c.triage)}</td>` : nothing}
    </tr>
    ${this.triage && c.originalBlob ? html`<tr><td colspan="6">
      ${this.originals[c.reference] !== undefined
        ? html`<pre class="original" tabindex="0" aria-label=${t().readOriginal + " " + c.reference}>${this.originals[c.reference]}</pre>`
        : html`<details><summary>${t().readOriginal} (${c.reference})</summary>
            <reason-prompt .label=${t().readOriginal} @reason=${(e: CustomEvent<string>) => this.readOriginal(c.reference, e.detail)}></reason-prompt></details>`}
    </td></tr>` : nothing}`;
  }

  render() {
    if (this.error) return html`<p class="problem" role="alert">${this.error}</p>`;
    if (!this.cases) return html`<p>${t().loading}</p>`;
    const shown = this.shown();
    return html`<h2>${this.triage ? t().triage : t().inbox}</h2>
      ${this.filters()}
      ${shown.length === 0 ? html`<p>${t().noCases}</p>` : html`<table class="cases">
        <thead><tr><th scope="col">${t().reference}</th><th scope="col">${t().type}</th><th scope="col">${t().status}</th>
          <th scope="col">${t().received}</th><th scope="col">${t().deadline}</th>${this.triage ? html`<th scope="col">${t().triageReason}</th>` : nothing}</tr></thead>
        <tbody>${shown.map((c) => this.row(c))}</tbody></table>`}`;
  }
}
customElements.define("inbox-page", InboxPage);
