import { html, nothing, type TemplateResult } from "lit";
import { ProblemError, type FieldError, type Problem } from "./api.js";

/** A form's answer from the API: its problem (shown next to the form's button) and field errors (next to each field). */
export class FormState {
  problem: Problem | null = null;
  saved = false;
  busy = false;

  errorsFor(field: string): FieldError[] {
    return (this.problem?.errors ?? []).filter((e) => e.field === field || e.field.startsWith(field + "."));
  }

  /** The field's errors, under it, with the id its input names in aria-describedby. */
  fieldErrors(id: string, field: string): TemplateResult | typeof nothing {
    const errors = this.errorsFor(field);
    return errors.length === 0 ? nothing : html`<p class="problem field-error" id=${id} role="alert">${errors.map((e) => e.detail).join(" ")}</p>`;
  }

  /** The problem's title and detail, and field errors no input shows, beside the button. */
  summary(id: string, shownFields: string[]): TemplateResult | typeof nothing {
    if (!this.problem) return nothing;
    const others = (this.problem.errors ?? []).filter((e) => !shownFields.some((f) => e.field === f || e.field.startsWith(f + ".")));
    return html`<p class="problem" id=${id} role="alert"><strong>${this.problem.title}</strong>
      ${this.problem.detail ? html` ${this.problem.detail}` : nothing}
      ${others.map((e) => html` ${e.field}: ${e.detail}`)}</p>`;
  }

  async run(host: { requestUpdate(): void }, action: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.problem = null;
    this.saved = false;
    host.requestUpdate();
    try {
      await action();
      this.saved = true;
      return true;
    } catch (e) {
      this.problem = e instanceof ProblemError ? e.problem : { title: (e as Error).message, status: 0 };
      return false;
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }
}

export const value = (form: HTMLFormElement, name: string): string =>
  ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "").trim();

export const checked = (form: HTMLFormElement, name: string): string[] =>
  Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map((i) => i.value);
