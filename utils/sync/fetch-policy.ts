/**
 * One conditional GET of the policy file: a timeout, a size limit read as it streams, and the
 * detached signature beside it when a key is set. Sends nothing but the request itself.
 */

export const MAX_POLICY_BYTES = 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

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

async function readLimited(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit)
    throw new SyncRejection(`the file is too large (${declared} bytes; the limit is 1 MB)`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new SyncRejection(`the file is too large (over ${limit} bytes; the limit is 1 MB)`);
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

async function get(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Response> {
  try {
    return await fetch(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new SyncRejection(
      timedOut
        ? `no answer within ${timeoutMs / 1000} s`
        : `the server could not be reached (${(error as Error).message})`,
    );
  }
}

export async function fetchPolicy(
  url: string,
  validators: { etag?: string; lastModified?: string },
  options: { wantSignature: boolean; timeoutMs?: number },
): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const response = await get(url, headers, timeoutMs);
  if (response.status === 304) return { kind: 'not-modified' };
  if (response.status !== 200)
    throw new SyncRejection(`the server answered ${response.status} ${response.statusText}`.trim());
  const bytes = await readLimited(response, MAX_POLICY_BYTES);
  let signature: string | undefined;
  if (options.wantSignature) {
    const sig = await get(`${url}.sig`, {}, timeoutMs);
    if (sig.status !== 200)
      throw new SyncRejection(`the policy is not signed: ${url}.sig answered ${sig.status}`);
    signature = (await sig.text()).trim();
  }
  return {
    kind: 'fetched',
    bytes,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    signature,
  };
}
