import { html, nothing } from "lit";
import { ConsoleElement, go } from "../base.js";
import { json, type CaseView } from "../api.js";
import { currentSession } from "../auth.js";
import { isOpen, requestTypes } from "../cases.js";
import { checked, FormState, value } from "../forms.js";
import { date, daysUntil, t, word } from "../i18n.js";
import { lettersOf } from "../letters.js";
import "../reason.js";

const methods = ["signed_letter", "strong_identification", "registered_email_and_order"];
const purposes = ["direct_advertising", "distance_selling", "direct_marketing", "market_research", "targeted_content", "publication"];
const rectFields = ["firstName", "lastName", "organisation", "email", "phone", "postalAddress"];
const unverified = ["received", "awaiting_verification"];

interface Change { field: string }

/** One case: the message (after the audit reason, once per view), what was understood, deadlines, timeline, letters, actions. */
export class CasePage extends ConsoleElement {
  static properties = { reference: {}, view: { state: true }, error: { state: true }, found: { state: true }, letter: { state: true }, changes: { state: true }, decideTypes: { state: true } };
  reference = "";
  view: CaseView | null = null;
  error = "";
  found: { subjects: string[]; restricted: string[] } | null = null;
  letter: { to?: string; subject: string; body: string } | null = null;
  changes: Change[] = [{ field: "postalAddress" }];
  decideTypes: string[] | null = null;
  private reason = "";
  private forms: Record<string, FormState> = {};

  private form(name: string): FormState {
    return (this.forms[name] ??= new FormState());
  }

  private async load() {
    try {
      this.view = await json<CaseView>(`cases/${encodeURIComponent(this.reference)}`, { reason: this.reason });
      this.decideTypes ??= [...this.view.types];
      this.error = "";
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private post(path: string, body: unknown, method = "POST") {
    return json<CaseView>(`cases/${encodeURIComponent(this.reference)}/${path}`, { method, body });
  }

  private async act(name: string, e: Event, body: (form: HTMLFormElement) => unknown, path = name) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const ok = await this.form(name).run(this, () => this.post(path, body(form)));
    if (ok) {
      form.reset();
      await this.load();
    }
  }

  private field(form: string, name: string, label: string, path: string, multiline = false, type = "text") {
    const id = `${form}-${name}`;
    const state = this.form(form);
    const invalid = state.errorsFor(path).length > 0;
    return html`<label for=${id}>${label}</label>
      ${multiline
        ? html`<textarea id=${id} name=${name} rows="3" aria-invalid=${invalid} aria-describedby=${id + "-error"}></textarea>`
        : html`<input id=${id} name=${name} type=${type} autocomplete="off" aria-invalid=${invalid} aria-describedby=${id + "-error"}>`}
      ${state.fieldErrors(id + "-error", path)}`;
  }

  private submit(form: string, label: string, shown: string[]) {
    const state = this.form(form);
    return html`<div class="submit"><button type="submit" ?disabled=${state.busy} aria-describedby=${form + "-problem"}>${label}</button>
      ${state.saved ? html`<span class="saved" role="status">${t().done}</span>` : nothing}
      ${state.summary(form + "-problem", shown)}</div>`;
  }

  private header(c: CaseView) {
    const days = daysUntil(c.deadline);
    return html`<dl class="facts">
      <dt>${t().status}</dt><dd class="status">${word(c.status)}</dd>
      <dt>${t().type}</dt><dd>${c.types.map(word).join(", ")}</dd>
      <dt>${t().language2}</dt><dd>${word(c.language)}</dd>
      <dt>${t().received}</dt><dd>${date(c.receivedAt, true)}</dd>
      <dt>${t().deadline}</dt><dd><strong class="deadline ${isOpen(c) && days < 0 ? "overdue" : isOpen(c) && days <= 7 ? "soon" : ""}">${date(c.deadline)}</strong>
        ${isOpen(c) ? html` (${t().daysLeft(days)})` : nothing}</dd>
      <dt>${t().dueOn}</dt><dd>${date(c.dueOn)}</dd>
      ${c.extendedTo ? html`<dt>${t().extendedTo}</dt><dd>${date(c.extendedTo)}</dd>` : nothing}
      <dt>${t().person}</dt><dd>${c.subjectId ? html`<a href="#/person/${c.subjectId}">${c.subjectId}</a>` : t().notLinked}</dd>
      ${c.verificationMethod ? html`<dt>${t().verification}</dt><dd>${word(c.verificationMethod)}</dd>` : nothing}
      ${c.decidedActions.length ? html`<dt>${t().decided}</dt><dd>${c.decidedActions.map(word).join(", ")}</dd>` : nothing}
      ${c.triage ? html`<dt>${t().triageReason}</dt><dd>${word(c.triage)}</dd>` : nothing}
      ${c.quotedReference ? html`<dt>${t().quotedReference}</dt><dd><a href="#/case/${c.quotedReference}">${c.quotedReference}</a></dd>` : nothing}
    </dl>`;
  }

  private message(c: CaseView) {
    const r = c.requester;
    if (!r) return nothing;
    return html`<section aria-labelledby="msg-h"><h3 id="msg-h">${t().message}</h3>
      <dl class="facts"><dt>${t().from}</dt><dd>${r.name ?? ""} &lt;${r.email ?? ""}&gt;</dd><dt>${t().subject}</dt><dd>${r.subject ?? ""}</dd></dl>
      <pre class="message" tabindex="0" aria-label=${t().message}>${r.body ?? ""}</pre>
      <h3>${t().understood}</h3>
      <dl class="facts"><dt>${t().type}</dt><dd>${c.types.map(word).join(", ")}</dd>
        <dt>${t().customerNumbers}</dt><dd>${r.customerNumbers.join(", ") || "–"}</dd>
        <dt>${t().orderNumbers}</dt><dd>${r.orderNumbers.join(", ") || "–"}</dd>
        ${c.objectionPurposes.length ? html`<dt>${t().purposes}</dt><dd>${c.objectionPurposes.map(word).join(", ")}</dd>` : nothing}</dl>
    </section>`;
  }

  private timeline(c: CaseView) {
    const letters = lettersOf(c);
    return html`<section aria-labelledby="tl-h"><h3 id="tl-h">${t().timeline}</h3>
      <ol class="timeline">${(c.timeline ?? []).map((e) => html`<li><time datetime=${e.at}>${date(e.at, true)}</time>
        <strong>${e.kind.replace(/_/g, " ")}</strong> · ${e.actor}${e.statusAfter ? html` → ${word(e.statusAfter)}` : nothing}
        ${e.detail ? html`<div class="detail">${e.detail}</div>` : nothing}</li>`)}</ol></section>
      <section aria-labelledby="let-h"><h3 id="let-h">${t().letters}</h3>
      ${letters.length === 0 ? html`<p>${t().noLetters}</p>` : html`<ul>${letters.map((l) => html`<li><code>${l.id}</code> · ${date(l.at, true)}</li>`)}</ul>`}</section>`;
  }

  private verifyForm(c: CaseView) {
    return html`<form class="action" aria-labelledby="verify-h" @submit=${(e: Event) => this.act("verify", e, (f) => ({ method: value(f, "method"), note: value(f, "note") || undefined }))}>
      <h4 id="verify-h">${t().verify}</h4>
      <label for="verify-method">${t().method}</label>
      <select id="verify-method" name="method">${methods.map((m) => html`<option value=${m}>${word(m)}</option>`)}</select>
      ${this.field("verify", "note", t().note, "note")}
      ${c.subjectId ? nothing : html`<p class="hint">${t().link} ↓</p>`}
      ${this.submit("verify", t().verify, ["method", "note"])}</form>`;
  }

  private async search(e: Event) {
    e.preventDefault();
    const f = e.target as HTMLFormElement;
    const email = value(f, "email");
    const orderNumber = value(f, "orderNumber");
    await this.form("search").run(this, async () => {
      this.found = await json("subjects/search", { method: "POST", body: email ? { email } : { orderNumber } });
    });
  }

  private linkForm() {
    return html`<section class="action" aria-labelledby="link-h"><h4 id="link-h">${t().link}</h4>
      <form @submit=${this.search}>
        ${this.field("search", "email", t().searchEmail, "email", false, "email")}
        ${this.field("search", "orderNumber", t().searchOrder, "orderNumber")}
        ${this.submit("search", t().search, ["email", "orderNumber"])}
      </form>
      ${this.found ? html`<form @submit=${(e: Event) => this.act("link", e, (f) => ({ subjectId: value(f, "subjectId"), reason: value(f, "reason") }), "subject")}>
        ${this.found.subjects.length === 0 ? html`<p>${t().noneFound}</p>` : html`<fieldset><legend>${t().found}</legend>
          ${this.found.subjects.map((s, i) => html`<label class="choice"><input type="radio" name="subjectId" value=${s} ?checked=${i === 0}> ${s}
            ${this.found!.restricted.includes(s) ? html`<span class="tag">${t().restricted}</span>` : nothing}</label>`)}</fieldset>
          ${this.field("link", "reason", t().reason, "reason")}
          ${this.submit("link", t().pick, ["subjectId", "reason"])}`}
      </form>` : nothing}</section>`;
  }

  private textAction(name: string, title: string, fieldName: string, label: string, path = name) {
    return html`<form class="action" aria-labelledby=${name + "-h"} @submit=${(e: Event) => this.act(name, e, (f) => ({ [fieldName]: value(f, fieldName) }), path)}>
      <h4 id=${name + "-h"}>${title}</h4>
      ${this.field(name, fieldName, label, fieldName, true)}
      ${this.submit(name, title, [fieldName])}</form>`;
  }

  private async previewRefusal(e: Event) {
    e.preventDefault();
    const f = (e.target as HTMLElement).closest("form") as HTMLFormElement;
    await this.form("refuse").run(this, async () => {
      this.letter = await json(`cases/${encodeURIComponent(this.reference)}/refuse/preview`, { method: "POST", body: { reasons: value(f, "reasons") } });
    });
    this.form("refuse").saved = false;
  }

  private refuseForm() {
    const state = this.form("refuse");
    return html`<form class="action" aria-labelledby="refuse-h" @submit=${async (e: Event) => { await this.act("refuse", e, (f) => ({ reasons: value(f, "reasons") })); if (state.saved) this.letter = null; }}
        @input=${() => (this.letter = null)}>
      <h4 id="refuse-h">${t().refuse}</h4>
      ${this.field("refuse", "reasons", t().reasons, "reasons", true)}
      ${this.letter
        ? html`<section class="letter" aria-labelledby="letter-h"><h5 id="letter-h">${t().letterPreview}</h5>
            <p><strong>${this.letter.subject}</strong></p><pre tabindex="0" aria-label=${t().letterPreview}>${this.letter.body}</pre></section>
            ${this.submit("refuse", t().confirmRefuse, ["reasons"])}`
        : html`<div class="submit"><button type="button" @click=${this.previewRefusal}>${t().previewLetter}</button>${state.summary("refuse-problem", ["reasons"])}</div>`}
    </form>`;
  }

  private decideBody(f: HTMLFormElement) {
    const actions = checked(f, "actions");
    const body: Record<string, unknown> = { actions, reason: value(f, "reason") };
    if (actions.includes("objection")) body.objection = { purposes: checked(f, "purposes") };
    if (actions.includes("rectification")) {
      body.rectification = {
        changes: this.changes.map((c, i) => {
          const v = (n: string) => value(f, `change-${i}-${n}`);
          const changeValue = c.field === "postalAddress" ? { street: v("street"), postalCode: v("postalCode"), city: v("city"), country: v("country") || "FI" }
            : c.field === "organisation" ? { name: v("name"), businessId: v("businessId") || undefined } : v("value");
          return { field: c.field, value: changeValue, grounds: v("grounds") };
        }),
      };
    }
    return body;
  }

  private changeRow(c: Change, i: number) {
    const path = `rectification.changes[${i}]`;
    const input = (name: string, label: string, sub = `value.${name}`) => this.field("decide", `change-${i}-${name}`, label, `${path}.${sub}`);
    return html`<fieldset class="change"><legend>${t().rectChanges} ${i + 1}</legend>
      <label for="change-${i}-field">${t().field}</label>
      <select id="change-${i}-field" @change=${(e: Event) => { this.changes = this.changes.map((x, j) => (j === i ? { field: (e.target as HTMLSelectElement).value } : x)); }}>
        ${rectFields.map((f) => html`<option value=${f} ?selected=${f === c.field}>${t().fields[f]}</option>`)}</select>
      ${c.field === "postalAddress"
        ? html`${input("street", t().street)}${input("postalCode", t().postalCode)}${input("city", t().city)}${input("country", t().country)}`
        : c.field === "organisation" ? html`${input("name", t().orgName)}${input("businessId", t().businessId)}`
        : this.field("decide", `change-${i}-value`, t().value, `${path}.value`)}
      ${input("grounds", t().grounds, "grounds")}
      <button type="button" class="secondary" @click=${() => (this.changes = this.changes.filter((_, j) => j !== i))}>${t().remove}</button>
    </fieldset>`;
  }

  private decideForm() {
    const types = this.decideTypes ?? [];
    const toggle = (type: string) => (e: Event) => {
      const on = (e.target as HTMLInputElement).checked;
      this.decideTypes = on ? [...types, type] : types.filter((x) => x !== type);
    };
    return html`<form class="action" aria-labelledby="decide-h" @submit=${(e: Event) => this.act("decide", e, (f) => this.decideBody(f), "decision")}>
      <h4 id="decide-h">${t().decide}</h4>
      <fieldset><legend>${t().decideActions}</legend>
        ${requestTypes.map((type) => html`<label class="choice"><input type="checkbox" name="actions" value=${type} ?checked=${types.includes(type)} @change=${toggle(type)}> ${word(type)}</label>`)}
      </fieldset>
      ${this.form("decide").fieldErrors("decide-actions-error", "actions")}
      ${types.includes("objection") ? html`<fieldset><legend>${t().purposes}</legend>
        ${purposes.map((p) => html`<label class="choice"><input type="checkbox" name="purposes" value=${p} ?checked=${this.view?.objectionPurposes.includes(p)}> ${word(p)}</label>`)}</fieldset>` : nothing}
      ${types.includes("rectification") ? html`${this.changes.map((c, i) => this.changeRow(c, i))}
        <button type="button" class="secondary" @click=${() => (this.changes = [...this.changes, { field: "email" }])}>${t().addChange}</button>` : nothing}
      ${this.field("decide", "reason", t().reason, "reason", true)}
      ${this.submit("decide", t().decide, ["actions", "reason", "rectification.changes", "objection"])}
    </form>`;
  }

  private actions(c: CaseView) {
    if (currentSession()?.role !== "officer") return nothing;
    const s = c.status;
    return html`<section class="actions" aria-labelledby="act-h"><h3 id="act-h">${t().actions}</h3>
      ${unverified.includes(s) ? this.linkForm() : nothing}
      ${unverified.includes(s) ? this.verifyForm(c) : nothing}
      ${s === "verified" ? this.decideForm() : nothing}
      ${isOpen(c) && !c.extendedTo ? this.textAction("extend", t().extend, "reasons", t().reasons) : nothing}
      ${[...unverified, "verified"].includes(s) ? this.refuseForm() : nothing}
      ${isOpen(c) ? this.textAction("withdraw", t().withdraw, "reason", t().reason) : nothing}
      ${this.textAction("note", t().addNote, "text", t().note, "notes")}
    </section>`;
  }

  render() {
    const back = html`<p><a href="#/inbox" @click=${(e: Event) => { e.preventDefault(); go("inbox"); }}>← ${t().back}</a></p>`;
    if (!this.view) {
      return html`${back}<h2>${t().caseTitle(this.reference)}</h2>
        ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
        <reason-prompt .label=${t().readCase} @reason=${(e: CustomEvent<string>) => { this.reason = e.detail; void this.load(); }}></reason-prompt>`;
    }
    const c = this.view;
    return html`${back}<h2>${t().caseTitle(c.reference)}</h2>
      <button type="button" class="secondary" @click=${() => this.load()}>${t().refresh}</button>
      ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
      <div class="case-grid"><div>${this.header(c)}${this.message(c)}${this.timeline(c)}</div><div>${this.actions(c)}</div></div>`;
  }
}
customElements.define("case-page", CasePage);
