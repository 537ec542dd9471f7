/**
 * The pieces behind sync that need no server: signatures (WebCrypto), what may replace the
 * policy in force, the settings migration, the back-off, and the bundled policy as the floor.
 */
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../policy/index';
import {
  generateKeyPair,
  normalizePublicKey,
  publicKeyProblem,
  sign,
  verifySignature,
} from '../../../policy/signature';
import { completeSettings, policyItem, readSettings, syncStatusItem } from '../../../utils/storage';
import { acceptPolicy } from '../../../utils/sync/accept-policy';
import { SyncRejection } from '../../../utils/sync/fetch-policy';
import { backoffMinutes, reconcileStoredPolicy } from '../../../utils/sync/schedule';

beforeEach(() => fakeBrowser.reset());

const bytesOf = (text: string) => new Uint8Array(new TextEncoder().encode(text));
const policyText = (version: string, change: (p: Record<string, unknown>) => void = () => {}) => {
  const policy = structuredClone(DEFAULT_POLICY) as unknown as Record<string, unknown>;
  policy.version = version;
  change(policy);
  return JSON.stringify(policy);
};

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncRejection);
  return (error as Error).message;
}

test('signatures: the right key verifies, another key, another byte or garbage does not', async () => {
  const keys = await generateKeyPair();
  const other = await generateKeyPair();
  const data = bytesOf('{"version":"2026.12.01-1"}');
  const signature = await sign(data, keys.privateKey);
  expect(await verifySignature(data, signature, keys.publicKey)).toBe(true);
  expect(await verifySignature(data, signature, other.publicKey)).toBe(false);
  expect(
    await verifySignature(bytesOf('{"version":"2026.12.01-2"}'), signature, keys.publicKey),
  ).toBe(false);
  expect(await verifySignature(data, 'bm90IGEgc2lnbmF0dXJl', keys.publicKey)).toBe(false);
  expect(await verifySignature(data, signature, 'not a key')).toBe(false);
});

test('public keys: raw base64, SPKI and PEM are one key; anything else says why', () => {
  const raw = 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=';
  const bytes = Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
  const spkiB64 = btoa(
    String.fromCharCode(
      0x30,
      0x2a,
      0x30,
      0x05,
      0x06,
      0x03,
      0x2b,
      0x65,
      0x70,
      0x03,
      0x21,
      0x00,
      ...bytes,
    ),
  );
  expect(normalizePublicKey(spkiB64)).toBe(raw);
  expect(
    normalizePublicKey(`-----BEGIN PUBLIC KEY-----\n${spkiB64}\n-----END PUBLIC KEY-----`),
  ).toBe(raw);
  expect(publicKeyProblem(raw)).toBeNull();
  expect(publicKeyProblem('abc!')).toMatch(/not base64/);
  expect(publicKeyProblem(btoa('short'))).toMatch(/32 bytes/);
  expect(publicKeyProblem('-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----')).toMatch(
    /not a public key/,
  );
});

test('acceptPolicy: a valid, newer file is accepted; every bad kind is rejected with its reason', async () => {
  const current = { ...DEFAULT_POLICY, version: '2026.12.02-1' };
  const accept = (text: string, extra: { publicKey?: string; signature?: string } = {}) =>
    acceptPolicy(bytesOf(text), { current, publicKey: '', ...extra });
  expect((await accept(policyText('2026.12.03-1'))).version).toBe('2026.12.03-1');
  expect(await rejection(accept('{"version": '))).toMatch(/does not parse/);
  expect(await rejection(accept('[1, 2]'))).toMatch(/not a policy object/);
  expect(
    await rejection(
      accept(
        policyText(
          '2026.12.03-1',
          (p) => ((p.thresholds as Record<string, unknown>).refundAmount = 'x'),
        ),
      ),
    ),
  ).toMatch(/version 2026\.12\.03-1 is invalid: .*thresholds\.refundAmount/);
  expect(await rejection(accept(policyText('2026.01.01-1')))).toMatch(
    /older than 2026\.12\.02-1, the one in use/,
  );
  const keys = await generateKeyPair();
  const text = policyText('2026.12.03-1');
  expect(await rejection(accept(text, { publicKey: keys.publicKey }))).toMatch(/not signed/);
  const other = await generateKeyPair();
  const bad = await sign(bytesOf(text), other.privateKey);
  expect(await rejection(accept(text, { publicKey: keys.publicKey, signature: bad }))).toMatch(
    /signature does not match/,
  );
  const good = await sign(bytesOf(text), keys.privateKey);
  expect((await accept(text, { publicKey: keys.publicKey, signature: good })).version).toBe(
    '2026.12.03-1',
  );
});

test('settings v1 → v2: partial, out-of-range and PEM-keyed settings come out complete', async () => {
  const keys = await generateKeyPair();
  await fakeBrowser.storage.local.set({
    settings: { policyUrl: ' https://h.example/p.json ', syncIntervalMinutes: 1, agentLevel: 9 },
    settings$: { v: 1 },
  });
  expect(await readSettings()).toEqual({
    policyUrl: 'https://h.example/p.json',
    syncIntervalMinutes: 5,
    publicKey: '',
    defaultBrand: '',
    agentName: '',
    agentLevel: 1,
    inlineWarnings: true,
  });
  expect(completeSettings({ publicKey: keys.publicKey, syncIntervalMinutes: 99999 })).toMatchObject(
    {
      publicKey: keys.publicKey,
      syncIntervalMinutes: 1440,
    },
  );
  expect(completeSettings(null)).toEqual(completeSettings({}));
});

test('back-off doubles from 1 minute and gives way to the regular interval', () => {
  expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMinutes(n, 60))).toEqual([
    1,
    2,
    4,
    8,
    16,
    32,
    null,
  ]);
  expect(backoffMinutes(1, 5)).toBe(1);
  expect(backoffMinutes(4, 5)).toBeNull();
});

test('after an update the bundled policy is the floor: an older or now-invalid synced one goes', async () => {
  const synced = (policy: object) =>
    policyItem.setValue({
      policy: policy as typeof DEFAULT_POLICY,
      source: 'synced',
      url: 'https://h.example/p.json',
    });
  await synced({ ...DEFAULT_POLICY, version: '2000.01.01-1' });
  await reconcileStoredPolicy();
  expect(await policyItem.getValue()).toBeNull();
  expect((await syncStatusItem.getValue()).lastError).toBeUndefined();

  await synced({ ...DEFAULT_POLICY, version: '2999.01.01-1', thresholds: 'broken' });
  await reconcileStoredPolicy(1000);
  expect(await policyItem.getValue()).toBeNull();
  expect((await syncStatusItem.getValue()).lastError?.reason).toMatch(
    /synced version 2999\.01\.01-1 fails this release's checks/,
  );

  await synced({ ...DEFAULT_POLICY, version: '2999.01.01-1' });
  await reconcileStoredPolicy();
  expect((await policyItem.getValue())?.policy.version).toBe('2999.01.01-1');
});
