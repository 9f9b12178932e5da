import { html, nothing } from "lit";
import { ConsoleElement, route } from "./base.js";
import { currentSession, signInDevelopment, signInEntra, signInMode, signOut, type Role } from "./auth.js";
import { onReauthenticate } from "./api.js";
import { lang, setLang, t, type Lang } from "./i18n.js";
import "./pages/inbox.js";
import "./pages/case.js";
import "./pages/person.js";
import "./pages/audit.js";
import "./dashboard.js";

/** The shell: sign-in, language, navigation, and the sign-in-again dialog that keeps the page (and its forms) as it is. */
export class RegistryConsole extends ConsoleElement {
  static properties = { ready: { type: Boolean, reflect: true }, signedIn: { state: true }, reauth: { state: true }, failed: { state: true } };
  ready = false;
  signedIn = false;
  reauth = false;
  failed = "";
  private pending: { resolve: () => void; reject: (e: Error) => void } | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener("hashchange", () => this.requestUpdate());
    onReauthenticate(() => new Promise<void>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.reauth = true;
    }));
  }

  private async signIn(role: Role | null) {
    this.failed = "";
    try {
      if (role) await signInDevelopment(role);
      else await signInEntra();
      this.signedIn = true;
      if (this.reauth) {
        this.reauth = false;
        this.pending?.resolve();
        this.pending = null;
      }
    } catch {
      this.failed = t().error;
    }
  }

  private cancelReauth() {
    this.reauth = false;
    this.pending?.reject(new Error(t().expiredTitle));
    this.pending = null;
  }

  private signInButtons() {
    return signInMode() === "development"
      ? html`<button class="dev" @click=${() => this.signIn("officer")}>${t().devOfficer}</button>
             <button class="dev" @click=${() => this.signIn("reader")}>${t().devReader}</button>`
      : html`<button @click=${() => this.signIn(null)}>${t().signInEntra}</button>`;
  }

  private languageSwitch() {
    const choose = (l: Lang) => () => setLang(l);
    return html`<div class="lang" role="group" aria-label=${t().language}>
      <button aria-pressed=${lang() === "fi"} @click=${choose("fi")} lang="fi">Suomeksi</button>
      <button aria-pressed=${lang() === "en"} @click=${choose("en")} lang="en">In English</button>
    </div>`;
  }

  private page() {
    const [name, id] = route();
    switch (name) {
      case "case": return html`<case-page .reference=${id}></case-page>`;
      case "person": return html`<person-page .subjectId=${id}></person-page>`;
      case "audit": return html`<audit-page></audit-page>`;
      case "triage": return html`<inbox-page triage></inbox-page>`;
      default: return html`<inbox-page></inbox-page>`;
    }
  }

  render() {
    if (!this.ready) return html`<p class="loading">${t().loading}</p>`;
    const session = currentSession();
    const dev = signInMode() === "development";
    const [name] = route();
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>${t().skip}</a>
      ${dev ? html`<p class="dev-banner" role="note">${t().devBanner}</p>` : nothing}
      <header class="top">
        <h1 class="brand">${t().title}</h1>
        ${this.languageSwitch()}
        ${this.signedIn && session
          ? html`<p class="who">${session.name} · ${session.role === "officer" ? t().officer : t().reader}</p>
                 <button class="link" @click=${() => { signOut(); this.signedIn = false; }}>${t().signOut}</button>`
          : nothing}
      </header>
      ${this.signedIn && session
        ? html`
          <nav aria-label=${t().nav}><ul>
            <li><a href="#/inbox" aria-current=${!name || name === "inbox" || name === "case" ? "page" : "false"}>${t().inbox}</a></li>
            <li><a href="#/triage" aria-current=${name === "triage" ? "page" : "false"}>${t().triage}</a></li>
            ${session.role === "officer" ? html`<li><a href="#/audit" aria-current=${name === "audit" ? "page" : "false"}>${t().audit}</a></li>` : nothing}
          </ul></nav>
          <dashboard-line></dashboard-line>
          ${session.role === "reader" ? html`<p class="reader-note">${t().readerNote}</p>` : nothing}
          <main id="main" tabindex="-1">${this.page()}</main>`
        : html`<main id="main" tabindex="-1" class="sign-in"><h2>${t().signInTitle}</h2>${this.signInButtons()}
            ${this.failed ? html`<p role="alert" class="problem">${this.failed}</p>` : nothing}</main>`}
      ${this.reauth
        ? html`<div class="backdrop"><div role="dialog" aria-modal="true" aria-labelledby="reauth-title" class="dialog">
            <h2 id="reauth-title">${t().expiredTitle}</h2><p>${t().expiredText}</p>
            ${this.signInButtons()} <button class="secondary" @click=${() => this.cancelReauth()}>${t().cancel}</button>
            ${this.failed ? html`<p role="alert" class="problem">${this.failed}</p>` : nothing}
          </div></div>`
        : nothing}`;
  }

  updated() {
    if (this.reauth) (this.querySelector(".dialog button") as HTMLElement | null)?.focus();
  }
}
customElements.define("registry-console", RegistryConsole);
