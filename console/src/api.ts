// The staff API over fetch. Identifiers only in paths; e-mail addresses and order numbers go in bodies; the audit
// reason in its header. An expired token (or a 401) asks the shell to sign in again and then sends the same request.
import { currentSession, isValid } from "./auth.js";

export interface FieldError { field: string; detail: string }
export interface Problem { title: string; status: number; detail?: string; errors?: FieldError[] }

export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

type Reauthenticate = () => Promise<void>;
let reauthenticate: Reauthenticate = () => Promise.reject(new Error("not signed in"));

export function onReauthenticate(handler: Reauthenticate): void {
  reauthenticate = handler;
}

export interface RequestOptions { method?: string; body?: unknown; reason?: string }

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${currentSession()?.token ?? ""}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.reason) headers["x-audit-reason"] = options.reason;
  return fetch(`/api/staff/${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    cache: "no-store",
  });
}

async function call(path: string, options: RequestOptions = {}): Promise<Response> {
  if (!isValid()) await reauthenticate();
  let response = await send(path, options);
  if (response.status === 401) {
    await reauthenticate();
    response = await send(path, options);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({ title: response.statusText, status: response.status }))) as Problem;
    throw new ProblemError(problem);
  }
  return response;
}

export async function json<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await (await call(path, options)).json()) as T;
}

export async function text(path: string, options: RequestOptions = {}): Promise<string> {
  return new TextDecoder().decode(await (await call(path, options)).arrayBuffer());
}

export interface CaseView {
  reference: string; types: string[]; language: string; status: string; receivedAt: string; dueOn: string;
  extendedTo?: string; deadline: string; subjectId?: string; triage?: string; originalBlob?: string;
  verificationMethod?: string; decidedActions: string[]; acknowledged: boolean; quotedReference?: string;
  objectionPurposes: string[];
  requester?: { email?: string; name?: string; subject?: string; body?: string; customerNumbers: string[]; orderNumbers: string[] };
  timeline?: { at: string; kind: string; actor: string; statusAfter?: string; detail?: string }[];
  letters?: { id: string; kind: string; to?: string; queuedAt?: string }[];
}
