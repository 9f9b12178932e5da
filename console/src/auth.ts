// Sign-in. The token lives in this module's memory only: never in a URL, localStorage, sessionStorage or the console.
// Locally the dev host mints development tokens (/admin/dev-token); in Azure MSAL signs in with Entra ID (auth code
// + PKCE) in a popup, so the page, and any form being edited, stays as it is.
import type { IPublicClientApplication, AccountInfo } from "@azure/msal-browser";

export interface ConsoleConfig {
  signIn: "development" | "entra";
  authority: string | null;
  clientId: string | null;
  scope: string | null;
}

export type Role = "officer" | "reader";

export interface Session {
  token: string;
  expiresAt: number;
  role: Role;
  name: string;
}

const officerRole = "Registry.PrivacyOfficer";
const readerRole = "Registry.Reader";
let config: ConsoleConfig;
let session: Session | null = null;
let msal: IPublicClientApplication | null = null;
let account: AccountInfo | null = null;

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch("config.json", { cache: "no-cache" });
  config = (await response.json()) as ConsoleConfig;
  return config;
}

export const signInMode = () => config.signIn;
export const currentSession = () => session;
export const isValid = () => session !== null && Date.now() < session.expiresAt - 30_000;

function rolesOf(token: string): string[] {
  const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const claims = JSON.parse(atob(payload)) as { roles?: string[] };
  return claims.roles ?? [];
}

function roleOf(roles: string[]): Role {
  return roles.includes(officerRole) ? "officer" : "reader";
}

export async function signInDevelopment(role: Role): Promise<Session> {
  const body = role === "officer"
    ? { subject: "dev-officer", name: "Pirjo Privacy", roles: [officerRole] }
    : { subject: "dev-reader", name: "Riku Reader", roles: [readerRole] };
  const response = await fetch("/admin/dev-token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`dev-token ${response.status}`);
  const answer = (await response.json()) as { access_token: string; expires_in: number };
  // The expiry counts from this browser's clock, so a clock that differs from the server's cannot loop sign-ins.
  session = { token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000, role, name: body.name };
  return session;
}

async function msalClient(): Promise<IPublicClientApplication> {
  if (msal) return msal;
  const { PublicClientApplication: Client } = await import("@azure/msal-browser");
  const created = await Client.createPublicClientApplication({
    auth: { clientId: config.clientId ?? "", authority: config.authority ?? "", redirectUri: location.origin + location.pathname },
    // Memory only: no token or account in the browser's storage.
    cache: { cacheLocation: "memoryStorage" },
    system: { loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined } },
  });
  msal = created;
  return created;
}

export async function signInEntra(): Promise<Session> {
  const client = await msalClient();
  const scopes = [config.scope ?? ""];
  const result = account
    ? await client.acquireTokenSilent({ scopes, account }).catch(() => client.acquireTokenPopup({ scopes, account: account! }))
    : await client.loginPopup({ scopes });
  account = result.account;
  const roles = rolesOf(result.accessToken);
  session = {
    token: result.accessToken,
    expiresAt: result.expiresOn?.getTime() ?? Date.now() + 3_000_000,
    role: roleOf(roles),
    name: result.account?.name ?? "",
  };
  return session;
}

export function signOut(): void {
  session = null;
  account = null;
}
