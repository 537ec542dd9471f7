/**
 * Policy sync against a real server on 127.0.0.1, with the real extension in Chromium: good,
 * changed, broken, oversized, slow, downgraded and badly signed files in turn. After each, what
 * the extension keeps and what the panel says; the service worker is stopped in between and its
 * state must survive.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_POLICY } from '../../policy/index';
import { generateKeyPair, sign } from '../../policy/signature';
import {
  FIXTURE_ROUTES,
  launchExtension,
  openPanel,
  serveHelpdesk,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { PolicyServer } from './policy-server';

let session: ExtensionSession;
let server: PolicyServer;
let panel: Page;

const policyJson = (version: string, change: (p: Record<string, unknown>) => void = () => {}) => {
  const policy = structuredClone(DEFAULT_POLICY) as unknown as Record<string, unknown>;
  policy.version = version;
  change(policy);
  return JSON.stringify(policy);
};

async function syncNow(): Promise<{ kind: string; reason?: string; version?: string }> {
  return panel.evaluate(() => chrome.runtime.sendMessage({ type: 'sync-now' }));
}

async function storedVersion(): Promise<string | null> {
  return panel.evaluate(async () => {
    const { policy } = await chrome.storage.local.get('policy');
    return (policy as { policy?: { version?: string } } | undefined)?.policy?.version ?? null;
  });
}

async function restartServiceWorker(): Promise<void> {
  const cdp = await session.context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  await panel.evaluate(async (next) => {
    const { settings: current } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(current as object), ...next } });
  }, settings);
}

beforeAll(async () => {
  server = new PolicyServer();
  await server.start();
  session = await launchExtension();
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
  const page = await session.context.newPage();
  await page.goto('https://secure.helpscout.net/conversation/2001/1042');
  panel = await openPanel(session, await tabIdOf(session, page));
  await panel.waitForSelector('[data-testid="policy-version"]');
  expect(await panel.getByTestId('policy-version').textContent()).toBe(DEFAULT_POLICY.version);
  server.served = { body: policyJson('2026.12.01-1'), etag: '"v1"' };
  await setSettings({ policyUrl: server.policyUrl, syncIntervalMinutes: 60, publicKey: '' });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

test('a good policy is put in force; the panel footer says synced', async () => {
  await expect.poll(() => storedVersion()).toBe('2026.12.01-1');
  await expect.poll(() => panel.getByTestId('policy-version').textContent()).toBe('2026.12.01-1');
  expect(await panel.getByTestId('footer').textContent()).toMatch(/synced/);
});

test('the next sync is conditional: ETag sent, 304 keeps the policy', async () => {
  const before = server.requests.length;
  expect(await syncNow()).toEqual({ kind: 'unchanged' });
  const sent = server.requests.slice(before).find((r) => r.method === 'GET');
  expect(sent?.headers['if-none-match']).toBe('"v1"');
});

test('a changed policy replaces it, and survives a service worker restart', async () => {
  server.served = { body: policyJson('2026.12.02-1'), etag: '"v2"' };
  expect(await syncNow()).toEqual({ kind: 'updated', version: '2026.12.02-1' });
  await restartServiceWorker();
  await expect.poll(() => storedVersion()).toBe('2026.12.02-1');
  await expect.poll(() => panel.getByTestId('policy-version').textContent()).toBe('2026.12.02-1');
});

const BAD: [name: string, served: () => PolicyServer['served'], reason: RegExp][] = [
  ['not 200', () => ({ status: 500, body: 'oops' }), /answered 500/],
  ['not parseable', () => ({ body: '{"version": "2026.12.03-1", ' }), /does not parse/],
  ['oversized', () => ({ body: Buffer.alloc(1024 * 1024 + 10, 32) }), /too large/],
  [
    'fails the schema',
    () => ({
      body: policyJson(
        '2026.12.03-1',
        (p) => ((p.thresholds as Record<string, unknown>).refundAmount = 'lots'),
      ),
    }),
    /thresholds\.refundAmount/,
  ],
  [
    'fails its own examples',
    () => ({
      body: policyJson(
        '2026.12.03-1',
        (p) => ((p.thresholds as Record<string, unknown>).refundAmount = 5000),
      ),
    }),
    /examples "/,
  ],
  [
    'carries a catastrophic pattern',
    () => ({
      body: policyJson(
        '2026.12.03-1',
        (p) => (((p.triggers as Record<string, unknown>[])[0]!.patterns as string[]) = ['(a+)+$']),
      ),
    }),
    /nested quantifier/,
  ],
  [
    'is older than the one in use',
    () => ({ body: policyJson('2026.01.01-1') }),
    /older than 2026\.12\.02-1/,
  ],
];

test.each(BAD)(
  'a response that is %s is rejected; the last good policy stays and the panel says why',
  async (_name, served, reason) => {
    server.served = served();
    const outcome = await syncNow();
    expect(outcome.kind).toBe('rejected');
    expect(outcome.reason).toMatch(reason);
    await restartServiceWorker();
    expect(await storedVersion()).toBe('2026.12.02-1');
    await expect.poll(() => panel.getByTestId('sync-error').textContent()).toMatch(reason);
    expect(await panel.getByTestId('footer').textContent()).toMatch(/2026\.12\.02-1.*last good/);
  },
);

test('a slow server times out and is rejected', async () => {
  server.served = { body: policyJson('2026.12.04-1'), delayMs: 17_000 };
  const outcome = await syncNow();
  expect(outcome).toEqual({
    kind: 'rejected',
    reason: expect.stringMatching(/no answer within 15 s/),
  });
  expect(await storedVersion()).toBe('2026.12.02-1');
}, 40_000);

test('with a signing key: unsigned and badly signed files are rejected, a good signature is accepted', async () => {
  const keys = await generateKeyPair();
  const other = await generateKeyPair();
  await setSettings({ publicKey: keys.publicKey });
  const body = policyJson('2026.12.05-1');
  const bytes = new Uint8Array(Buffer.from(body));

  server.served = { body };
  await expect.poll(async () => (await syncNow()).reason ?? '').toMatch(/not signed/);
  server.served = { body, signature: await sign(bytes, other.privateKey) };
  expect((await syncNow()).reason).toMatch(/signature does not match/);
  expect(await storedVersion()).toBe('2026.12.02-1');

  server.served = { body, signature: await sign(bytes, keys.privateKey) };
  expect(await syncNow()).toEqual({ kind: 'updated', version: '2026.12.05-1' });
  await expect.poll(() => panel.getByTestId('policy-version').textContent()).toBe('2026.12.05-1');
});
