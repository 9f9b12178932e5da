import { html, nothing } from "lit";
import { ConsoleElement } from "./base.js";
import { t } from "./i18n.js";

/** Asks why personal data is read (the X-Audit-Reason header); fires "reason" with the text. */
export class ReasonPrompt extends ConsoleElement {
  static properties = { label: {}, missing: { state: true } };
  label = "";
  missing = false;
  private static count = 0;
  private readonly fieldId = `reason-${++ReasonPrompt.count}`;

  private submit(e: Event) {
    e.preventDefault();
    const input = this.querySelector("input") as HTMLInputElement;
    const text = input.value.trim();
    this.missing = text.length === 0;
    if (!this.missing) this.dispatchEvent(new CustomEvent("reason", { detail: text }));
  }

  render() {
    return html`<form class="reason" @submit=${this.submit}>
      <label for=${this.fieldId}>${t().reasonLabel}</label>
      <input id=${this.fieldId} name="reason" autocomplete="off" aria-invalid=${this.missing} aria-describedby=${this.fieldId + "-p"}>
      <button type="submit">${this.label}</button>
      ${this.missing ? html`<p id=${this.fieldId + "-p"} class="problem" role="alert">${t().reasonRequired}</p>` : nothing}
    </form>`;
  }
}
customElements.define("reason-prompt", ReasonPrompt);
