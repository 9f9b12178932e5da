import { LitElement } from "lit";
import { onLangChange } from "./i18n.js";

/** Every console element renders into the page itself (one style sheet, no shadow roots) and follows the language. */
export class ConsoleElement extends LitElement {
  protected createRenderRoot() {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    onLangChange(() => this.requestUpdate());
  }
}

/** The route, from the fragment: identifiers only (#/case/DSR-2026-0001, #/person/sub_…), never personal data. */
export function route(): string[] {
  return location.hash.replace(/^#\/?/, "").split("/").filter((part) => part.length > 0).map(decodeURIComponent);
}

export function go(...parts: string[]): void {
  location.hash = "#/" + parts.map(encodeURIComponent).join("/");
}
