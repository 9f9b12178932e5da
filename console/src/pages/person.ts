import { html, nothing } from "lit";
import { ConsoleElement } from "../base.js";
import { json } from "../api.js";
import { currentSession } from "../auth.js";
import { FormState, value } from "../forms.js";
import { date, t, word } from "../i18n.js";
import "../reason.js";

interface Provenance { source: string; client: string; observedAt: string; reference?: string }
interface Sourced { value: unknown; provenance: Provenance }
interface PreferenceEvent { eventId: string; purpose: string; state: string; provenance: Provenance; occurredAt: string; actor: string; evidence?: string }
interface Order { ref: string; client: string; orderId: string; channel: string; placedAt: string; billing: { status: string; dueDate?: string };
  currency: string; total: number; retainedUntil: string; billTo?: unknown }
interface SubjectData {
  subject: string; profile?: Record<string, Sourced | unknown> | null; orders: Order[]; preferences: PreferenceEvent[]; preferenceHistory: PreferenceEvent[];
  billingHistory: { order: string; status: string; date: string }[];
  disclosures: { disclosureId: string; recipient: string; purpose: string; categories: string[]; basis: string; disclosedAt: string }[];
  status: { restriction?: { since: string; caseReference?: string }; erasure?: { erasedAt: string; pendingCases: string[] };
    legalClaim?: { since: string; setBy: string; caseReference?: string }; isRestricted: boolean };
  erasedScopes: string[]; holds: { kind: string; order?: string; until?: string }[];
}

const profileFields = ["firstName", "lastName", "organisation", "email", "phone", "address"];

function show(v: unknown): string {
  if (v === null || v === undefined) return "–";
  if (typeof v === "object") return Object.values(v as Record<string, unknown>).filter((x) => x).join(", ");
  return String(v);
}

/** A person: profile with provenance, orders with invoice status in words, preferences, holds, restriction, disclosures. */
export class PersonPage extends ConsoleElement {
  static properties = { subjectId: {}, data: { state: true }, error: { state: true } };
  subjectId = "";
  data: SubjectData | null = null;
  error = "";
  private reason = "";
  private forms: Record<string, FormState> = {};

  private form(name: string) {
    return (this.forms[name] ??= new FormState());
  }

  private async load() {
    try {
      this.data = await json<SubjectData>(`subjects/${encodeURIComponent(this.subjectId)}`, { reason: this.reason });
      this.error = "";
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private async change(name: string, e: Event, method: string, path: string) {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const body = { reason: value(f, "reason"), caseReference: value(f, "caseReference") || undefined };
    if (await this.form(name).run(this, () => json(`subjects/${encodeURIComponent(this.subjectId)}/${path}`, { method, body }))) {
      f.reset();
      await this.load();
    }
  }

  private reasonForm(name: string, title: string, method: string, path: string, withCase = false) {
    const state = this.form(name);
    const invalid = state.errorsFor("reason").length > 0;
    return html`<form class="action inline" @submit=${(e: Event) => this.change(name, e, method, path)}>
      <label for="${name}-reason">${t().reason}</label>
      <input id="${name}-reason" name="reason" autocomplete="off" aria-invalid=${invalid} aria-describedby="${name}-reason-error">
      ${state.fieldErrors(`${name}-reason-error`, "reason")}
      ${withCase ? html`<label for="${name}-case">${t().reference}</label><input id="${name}-case" name="caseReference" autocomplete="off" placeholder="DSR-2026-0001">` : nothing}
      <div class="submit"><button type="submit">${title}</button>${state.summary(`${name}-problem`, ["reason"])}</div></form>`;
  }

  private provenance(p: Provenance) {
    return html`${word(p.source)} · ${p.client} · ${date(p.observedAt, true)}${p.reference ? html` · ${p.reference}` : nothing}`;
  }

  render() {
    const officer = currentSession()?.role === "officer";
    if (!this.data) {
      return html`<h2>${t().person} ${this.subjectId}</h2>
        ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
        <reason-prompt .label=${t().openPerson} @reason=${(e: CustomEvent<string>) => { this.reason = e.detail; void this.load(); }}></reason-prompt>`;
    }
    const d = this.data;
    const profile = (d.profile ?? {}) as Record<string, Sourced | undefined>;
    return html`<h2>${t().person} ${d.subject}</h2>
      <section aria-labelledby="pf-h"><h3 id="pf-h">${t().profile}</h3>
        ${d.profile ? html`<table><thead><tr><th scope="col">${t().field}</th><th scope="col">${t().valueCol}</th><th scope="col">${t().source}</th></tr></thead><tbody>
          ${profileFields.filter((f) => profile[f]).map((f) => html`<tr><th scope="row">${t().fields[f]}</th><td>${show(profile[f]!.value)}</td><td>${this.provenance(profile[f]!.provenance)}</td></tr>`)}
        </tbody></table>` : html`<p>${t().none}</p>`}</section>
      <section aria-labelledby="hold-h"><h3 id="hold-h">${t().holds}</h3>
        ${d.holds.length === 0 ? html`<p>${t().noHolds}</p>` : html`<ul class="holds">${d.holds.map((h) => html`<li><strong>${word(h.kind)}</strong>
          ${h.order ? html` · ${d.orders.find((o) => o.ref === h.order)?.orderId ?? h.order}` : nothing}
          · ${h.until ? t().untilDay(date(h.until)) : h.kind === "legal_claim" ? html`${t().legalClaim}` : t().untilUnknown}</li>`)}</ul>`}
        <h4>${t().legalClaim}</h4>
        ${d.status.legalClaim ? html`<p>${t().since} ${date(d.status.legalClaim.since, true)} · ${d.status.legalClaim.setBy}${d.status.legalClaim.caseReference ? html` · ${d.status.legalClaim.caseReference}` : nothing}</p>
          ${officer ? this.reasonForm("lift-claim", t().liftLegalClaim, "DELETE", "legal-claim") : nothing}`
          : html`<p>${t().none}</p>${officer ? this.reasonForm("set-claim", t().setLegalClaim, "PUT", "legal-claim", true) : nothing}`}
      </section>
      <section aria-labelledby="rs-h"><h3 id="rs-h">${t().restriction}</h3>
        ${d.status.restriction ? html`<p>${t().restricted} ${t().since} ${date(d.status.restriction.since, true)}${d.status.restriction.caseReference ? html` · <a href="#/case/${d.status.restriction.caseReference}">${d.status.restriction.caseReference}</a>` : nothing}</p>
          ${officer ? this.reasonForm("lift-restriction", t().liftRestriction, "DELETE", "restriction") : nothing}` : html`<p>${t().notRestricted}</p>`}
        ${d.status.erasure ? html`<p><strong>${t().erasure}:</strong> ${t().erasedAt} ${date(d.status.erasure.erasedAt, true)} · ${t().pendingCases}: ${d.status.erasure.pendingCases.join(", ")}</p>` : nothing}
        <p><strong>${t().erasedScopes}:</strong> ${d.erasedScopes.length ? d.erasedScopes.map(word).join(", ") : t().none}</p>
      </section>
      <section aria-labelledby="or-h"><h3 id="or-h">${t().orders}</h3>
        ${d.orders.length === 0 ? html`<p>${t().none}</p>` : html`<table><thead><tr><th scope="col">${t().order}</th><th scope="col">${t().channel}</th><th scope="col">${t().received}</th>
          <th scope="col">${t().total}</th><th scope="col">${t().billing}</th><th scope="col">${t().retainedUntil}</th></tr></thead><tbody>
          ${d.orders.map((o) => html`<tr><th scope="row">${o.orderId} <span class="muted">(${o.client})</span></th><td>${word(o.channel)}</td><td>${date(o.placedAt)}</td>
            <td>${o.total.toFixed(2)} ${o.currency}</td><td class="billing">${word(o.billing.status)}</td><td>${date(o.retainedUntil)}</td></tr>`)}</tbody></table>`}
      </section>
      <section aria-labelledby="pr-h"><h3 id="pr-h">${t().preferences}</h3>
        ${d.preferenceHistory.length === 0 ? html`<p>${t().none}</p>` : html`<table><thead><tr><th scope="col">${t().at}</th><th scope="col">${t().purpose}</th>
          <th scope="col">${t().status}</th><th scope="col">${t().source}</th></tr></thead><tbody>
          ${d.preferenceHistory.map((p) => html`<tr><td>${date(p.occurredAt, true)}</td><td>${word(p.purpose)}</td><td>${word(p.state)} (${p.actor})</td><td>${this.provenance(p.provenance)}</td></tr>`)}</tbody></table>`}
      </section>
      <section aria-labelledby="ds-h"><h3 id="ds-h">${t().disclosures}</h3>
        ${d.disclosures.length === 0 ? html`<p>${t().none}</p>` : html`<ul>${d.disclosures.map((x) => html`<li>${date(x.disclosedAt, true)} · ${x.recipient} · ${word(x.purpose)} · ${x.categories.join(", ")} · ${x.basis}</li>`)}</ul>`}
      </section>`;
  }
}
customElements.define("person-page", PersonPage);
