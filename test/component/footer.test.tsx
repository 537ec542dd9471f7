// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Footer, policySource, when } from '../../components/panel/Footer';
import type { PolicyInForce, SyncStatus } from '../../utils/storage';
import { DEFAULT_POLICY } from './fixtures';

afterEach(cleanup);

const T = Date.parse('2026-11-22T10:00:00Z');
const synced: PolicyInForce = {
  policy: DEFAULT_POLICY,
  source: 'synced',
  url: 'https://policy.example.com/team.yaml',
  syncedAt: T,
};
const ok: SyncStatus = { consecutiveFailures: 0, lastSuccessAt: T };
const failedLater: SyncStatus = {
  consecutiveFailures: 1,
  lastSuccessAt: T,
  lastError: {
    at: T + 60_000,
    url: synced.url!,
    reason: 'version 2026.01.01-1 is older than the one in force',
  },
};

describe('policySource', () => {
  test('nothing synced: bundled', () => {
    expect(policySource(null, { consecutiveFailures: 0 })).toEqual({
      source: 'bundled with the extension',
      failed: false,
    });
  });
  test('synced at T, from its host', () => {
    expect(policySource(synced, ok)).toEqual({
      source: `synced from policy.example.com ${when(T)}`,
      failed: false,
    });
  });
  test('a later sync failed: the last good one stays, and says so', () => {
    expect(policySource(synced, failedLater)).toEqual({
      source: `last good, synced from policy.example.com ${when(T)}`,
      failed: true,
    });
  });
  test('never accepted one, and the sync failed: bundled is the last good', () => {
    const status: SyncStatus = {
      consecutiveFailures: 2,
      lastError: { at: T, url: 'x', reason: 'HTTP 404' },
    };
    expect(policySource(null, status)).toEqual({
      source: 'bundled with the extension (last good: no team policy accepted yet)',
      failed: true,
    });
  });
  test('an old failure followed by a success is not a failure', () => {
    const status: SyncStatus = {
      consecutiveFailures: 0,
      lastSuccessAt: T + 1,
      lastError: { at: T, url: 'x', reason: 'r' },
    };
    expect(policySource(synced, status).failed).toBe(false);
  });
});

describe('Footer', () => {
  const base = {
    version: '2026.11.22-1',
    onSync: vi.fn(async () => undefined),
    onSettings: vi.fn(),
  };

  test('the policy version and its source', () => {
    render(<Footer {...base} policyInForce={synced} syncStatus={ok} />);
    expect(screen.getByTestId('policy-version').textContent).toBe('2026.11.22-1');
    expect(screen.getByTestId('policy-source').textContent).toMatch(
      /^synced from policy.example.com/,
    );
    expect(screen.queryByTestId('sync-error')).toBeNull();
  });

  test('a failed sync: when, and the reason', () => {
    render(<Footer {...base} policyInForce={synced} syncStatus={failedLater} />);
    expect(screen.getByTestId('policy-source').textContent).toMatch(/^last good/);
    expect(screen.getByTestId('sync-error').textContent).toMatch(
      /failed: version 2026.01.01-1 is older than the one in force\. The policy above stays in force\./,
    );
  });

  test('"Sync now" asks, shows it is working, and says what came of it', async () => {
    let finish: (v: unknown) => void = () => undefined;
    const onSync = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    render(
      <Footer
        {...base}
        onSync={onSync}
        policyInForce={null}
        syncStatus={{ consecutiveFailures: 0 }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(onSync).toHaveBeenCalledOnce();
    expect((screen.getByRole('button', { name: 'Syncing…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    finish({ kind: 'no-url' });
    expect(await screen.findByText(/No team policy URL is set/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
  });

  test('settings and (with a ticket shown) the manual mode are one click away', async () => {
    const onSettings = vi.fn();
    const onManual = vi.fn();
    render(
      <Footer
        {...base}
        onSettings={onSettings}
        onManual={onManual}
        policyInForce={null}
        syncStatus={ok}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await userEvent.click(screen.getByRole('button', { name: 'Paste a message' }));
    expect(onSettings).toHaveBeenCalledOnce();
    expect(onManual).toHaveBeenCalledOnce();
  });
});
