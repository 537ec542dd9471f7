// @vitest-environment happy-dom
/**
 * The options page on its own (fake browser storage): each field's message, nothing saved while
 * one is wrong, trimmed settings saved when all are right, and the status of the policy in force.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import { DEFAULT_POLICY } from '../../policy/index';
import { policyItem, settingsItem, syncStatusItem } from '../../utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function fill(label: string, value: string): Promise<void> {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

test('wrong fields get their own message, the first takes the focus, nothing is saved', async () => {
  render(<OptionsPage />);
  await fill('Policy URL', 'http://example.com/p.json');
  await fill('Check for changes every (minutes)', '0');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByTestId('error-policyUrl')).toHaveProperty(
    'textContent',
    'The policy URL must start with https:// (http:// only for 127.0.0.1 or localhost).',
  );
  expect(screen.getByTestId('error-syncIntervalMinutes').textContent).toBe(
    'Enter whole minutes from 5 to 1440.',
  );
  expect(screen.getByTestId('options-message').textContent).toBe(
    'Not saved: fix the fields marked below.',
  );
  expect(document.activeElement?.id).toBe('policyUrl');
  expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
});

test('valid fields are saved trimmed, as typed settings', async () => {
  render(<OptionsPage />);
  await fill('Your name', '  Sam Agent ');
  await userEvent.selectOptions(screen.getByLabelText('Your level'), '4');
  await userEvent.selectOptions(screen.getByLabelText('Default brand'), 'TSM');
  await fill('Policy URL', 'https://policies.example.com/team.json');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() =>
    expect(screen.getByTestId('options-message').textContent).toMatch(/^Saved at/),
  );
  expect(await settingsItem.getValue()).toMatchObject({
    agentName: 'Sam Agent',
    agentLevel: 4,
    defaultBrand: 'TSM',
    policyUrl: 'https://policies.example.com/team.json',
    syncIntervalMinutes: 60,
  });
});

test('the status says which policy is in force and why the last sync was rejected', async () => {
  await policyItem.setValue({
    policy: { ...DEFAULT_POLICY, version: '2026.12.02-1' },
    source: 'synced',
    url: 'https://policies.example.com/team.json',
    syncedAt: 1,
  });
  await syncStatusItem.setValue({
    consecutiveFailures: 1,
    lastSuccessAt: 1,
    lastError: {
      at: 2,
      url: 'https://policies.example.com/team.json',
      reason: 'the file does not parse',
    },
  });
  render(<OptionsPage />);
  await waitFor(() =>
    expect(screen.getByTestId('options-policy').textContent).toMatch(
      /Version 2026\.12\.02-1, from https:\/\/policies\.example\.com\/team\.json/,
    ),
  );
  expect(screen.getByTestId('options-sync-error').textContent).toMatch(
    /was rejected: the file does not parse\. The policy above stays in force\./,
  );
});
