/**
 * One conditional GET of the policy file (and its detached signature when a key is set): one
 * timeout for the whole exchange, a size limit enforced while the body streams, no cookies, no
 * cache. Sends nothing but the request itself: no ticket data, no identifiers.
 */

export const MAX_POLICY_BYTES = 1024 * 1024;
export const MAX_SIGNATURE_BYTES = 4 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

/** A sync that failed for a reason the agent can read; the last good policy stays. */
export class SyncRejection extends Error {}

export type FetchResult =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      bytes: Uint8Array<ArrayBuffer>;
      etag?: string;
      lastModified?: string;
      signature?: string;
    };

/** Only https, or plain http to this machine for testing; never a user name or password. */
export function policyUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the policy URL is not a URL';
  }
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local))
    return 'the policy URL must start with https:// (http:// only for 127.0.0.1 or localhost)';
  if (parsed.username || parsed.password)
    return 'the policy URL must not contain a user name or password';
  return null;
}

export function isAllowedPolicyUrl(url: string): boolean {
  return policyUrlProblem(url) === null;
}

/** The host permission pattern for the policy URL's origin (asked for by the options page). */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Where the detached signature of `url` is published: ".sig" added to the path. */
export function signatureUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname += '.sig';
  return parsed.href;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}

function timeoutMessage(timeoutMs: number): string {
  return `no answer within ${timeoutMs / 1000} s`;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
  );
}

async function readLimited(
  response: Response,
  limit: number,
  what: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = (size: string) =>
    new SyncRejection(`${what} is too large (${size}; the limit is ${formatBytes(limit)})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw tooLarge(`${declared} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** GET `url` and read its body within `limit`; every failure becomes a SyncRejection. */
async function download(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal,
    });
  } catch (error) {
    if (isTimeout(error)) throw new SyncRejection(timeoutMessage(timeoutMs));
    throw new SyncRejection(`the server could not be reached (${(error as Error).message})`);
  }
  // A redirect may not leave https (or this machine) behind.
  const landed = response.url && policyUrlProblem(response.url);
  if (landed) throw new SyncRejection(`${url} redirected to ${response.url}: ${landed}`);
  return response;
}

async function body(
  response: Response,
  limit: number,
  what: string,
  timeoutMs: number,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readLimited(response, limit, what);
  } catch (error) {
    if (error instanceof SyncRejection) throw error;
    if (isTimeout(error)) throw new SyncRejection(timeoutMessage(timeoutMs));
    throw new SyncRejection(`${what} could not be read (${(error as Error).message})`);
  }
}

export async function fetchPolicy(
  url: string,
  validators: { etag?: string; lastModified?: string },
  options: { wantSignature: boolean; timeoutMs?: number },
): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const response = await download(url, headers, signal, timeoutMs);
  if (response.status === 304) {
    if (!validators.etag && !validators.lastModified)
      throw new SyncRejection('the server answered 304 Not Modified to a plain request');
    return { kind: 'not-modified' };
  }
  if (response.status !== 200)
    throw new SyncRejection(`the server answered ${response.status} ${response.statusText}`.trim());
  const bytes = await body(response, MAX_POLICY_BYTES, 'the file', timeoutMs);
  let signature: string | undefined;
  if (options.wantSignature) {
    const sigUrl = signatureUrl(url);
    const sig = await download(sigUrl, {}, signal, timeoutMs);
    if (sig.status !== 200)
      throw new SyncRejection(`the policy is not signed: ${sigUrl} answered ${sig.status}`);
    const sigBytes = await body(sig, MAX_SIGNATURE_BYTES, 'the signature file', timeoutMs);
    signature = new TextDecoder().decode(sigBytes).trim();
  }
  return {
    kind: 'fetched',
    bytes,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    signature,
  };
}
