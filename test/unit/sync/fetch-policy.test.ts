/** fetchPolicy against a real HTTP server on 127.0.0.1 (Node's fetch is the browser's API). */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  fetchPolicy,
  MAX_POLICY_BYTES,
  policyUrlProblem,
  signatureUrl,
  SyncRejection,
} from '../../../utils/sync/fetch-policy';
import { PolicyServer, POLICY_PATH } from '../../e2e/policy-server';

const server = new PolicyServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncRejection);
  return (error as Error).message;
}

test('policy URLs: https anywhere, http only to this machine, never credentials', () => {
  expect(policyUrlProblem('https://policies.example.com/team.json')).toBeNull();
  expect(policyUrlProblem('http://127.0.0.1:8080/p.json')).toBeNull();
  expect(policyUrlProblem('http://localhost/p.json')).toBeNull();
  expect(policyUrlProblem('http://example.com/p.json')).toMatch(/https:\/\//);
  expect(policyUrlProblem('http://127.0.0.2/p.json')).toMatch(/https:\/\//);
  expect(policyUrlProblem('ftp://example.com/p.json')).toMatch(/https:\/\//);
  expect(policyUrlProblem('example.com/p.json')).toMatch(/not a URL/);
  expect(policyUrlProblem('https://me:secret@example.com/p.json')).toMatch(/user name/);
});

test('the signature lives beside the file: ".sig" added to the path, the query kept', () => {
  expect(signatureUrl('https://h.example/team/policy.json')).toBe(
    'https://h.example/team/policy.json.sig',
  );
  expect(signatureUrl('https://h.example/p.yaml?rev=3')).toBe('https://h.example/p.yaml.sig?rev=3');
});

test('200: the bytes and both validators', async () => {
  server.served = {
    body: '{"version":"x"}',
    etag: '"a1"',
    lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
  };
  const result = await fetchPolicy(server.policyUrl, {}, { wantSignature: false });
  expect(result.kind).toBe('fetched');
  if (result.kind !== 'fetched') return;
  expect(text(result.bytes)).toBe('{"version":"x"}');
  expect(result.etag).toBe('"a1"');
  expect(result.lastModified).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
  expect(server.requests.map((r) => r.url)).toEqual([POLICY_PATH]);
  expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
  expect(server.requests[0]!.headers.cookie).toBeUndefined();
});

test('conditional: both validators are sent; 304 means not modified', async () => {
  server.served = { body: '{}', etag: '"a1"' };
  const result = await fetchPolicy(
    server.policyUrl,
    { etag: '"a1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' },
    { wantSignature: true },
  );
  expect(result).toEqual({ kind: 'not-modified' });
  expect(server.requests[0]!.headers['if-none-match']).toBe('"a1"');
  expect(server.requests[0]!.headers['if-modified-since']).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
  // Not modified: the signature is not fetched again.
  expect(server.requests).toHaveLength(1);
});

test('Last-Modified alone works as a validator', async () => {
  const stamp = 'Wed, 02 Dec 2026 10:00:00 GMT';
  server.served = { body: '{}', lastModified: stamp };
  expect(
    await fetchPolicy(server.policyUrl, { lastModified: stamp }, { wantSignature: false }),
  ).toEqual({ kind: 'not-modified' });
});

test('a status other than 200 is rejected with the status', async () => {
  server.served = { status: 503, body: 'down' };
  expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false }))).toMatch(
    /answered 503/,
  );
  server.served = { status: 404, body: '' };
  expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false }))).toMatch(
    /answered 404/,
  );
});

test('over 1 MB is rejected, whether the size is declared or only streamed', async () => {
  const big = Buffer.alloc(MAX_POLICY_BYTES + 1, 32);
  server.served = { body: big };
  expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false }))).toMatch(
    /too large \(1048577 bytes; the limit is 1 MB\)/,
  );
  server.served = { body: big, chunked: true };
  expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false }))).toMatch(
    /too large \(over 1048576 bytes/,
  );
  server.served = { body: Buffer.alloc(MAX_POLICY_BYTES, 32), chunked: true };
  const exact = await fetchPolicy(server.policyUrl, {}, { wantSignature: false });
  expect(exact.kind === 'fetched' && exact.bytes.length).toBe(MAX_POLICY_BYTES);
});

test('the timeout covers a slow answer and a body that stalls half way', async () => {
  server.served = { body: '{}', delayMs: 2_000 };
  expect(
    await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false, timeoutMs: 300 })),
  ).toBe('no answer within 0.3 s');
  server.served = { body: '{"version":"2026.12.01-1"}', stallBodyMs: 2_000 };
  expect(
    await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false, timeoutMs: 300 })),
  ).toBe('no answer within 0.3 s');
});

test('a server that is not there is a clear rejection', async () => {
  const gone = new PolicyServer();
  await gone.start();
  const url = gone.policyUrl;
  await gone.stop();
  expect(await rejection(fetchPolicy(url, {}, { wantSignature: false }))).toMatch(
    /could not be reached/,
  );
});

test('with a key: the detached signature is fetched; a missing one is a rejection', async () => {
  server.served = { body: '{}', signature: 'c2lnbmF0dXJl\n' };
  const result = await fetchPolicy(server.policyUrl, {}, { wantSignature: true });
  expect(result.kind === 'fetched' && result.signature).toBe('c2lnbmF0dXJl');
  expect(server.requests.map((r) => r.url)).toEqual([POLICY_PATH, `${POLICY_PATH}.sig`]);
  server.served = { body: '{}' };
  expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: true }))).toMatch(
    /not signed: .*policy\.json\.sig answered 404/,
  );
});

test('redirects are followed only to an allowed URL', async () => {
  // Another loopback address stands for "some other http host" (no network needed).
  const elsewhere = new PolicyServer('127.0.0.2');
  await elsewhere.start();
  try {
    elsewhere.served = { body: '{"moved":true}' };
    server.served = { body: '', redirectTo: elsewhere.policyUrl };
    expect(await rejection(fetchPolicy(server.policyUrl, {}, { wantSignature: false }))).toMatch(
      /redirected to http:\/\/127\.0\.0\.2:\d+\/team\/policy\.json: .*https:\/\//,
    );
    const next = new PolicyServer();
    await next.start();
    next.served = { body: '{"moved":true}' };
    server.served = { body: '', redirectTo: next.policyUrl };
    const followed = await fetchPolicy(server.policyUrl, {}, { wantSignature: false });
    expect(followed.kind === 'fetched' && text(followed.bytes)).toBe('{"moved":true}');
    await next.stop();
  } finally {
    await elsewhere.stop();
  }
});
