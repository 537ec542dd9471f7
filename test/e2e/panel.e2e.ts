/**
 * The side panel in real Chromium on the fixtures: what an agent sees, copies and changes.
 * Also saves the README's screenshots (light and dark) and runs axe-core on the live panel.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  FIXTURE_ROUTES,
  launchExtension,
  openPanel,
  ROOT,
  serveHelpdesk,
  tabIdOf,
  waitForEvaluation,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
  // Chromium grants no permission to extension origins from outside; the clipboard is read back
  // from a helpdesk page instead (one system clipboard).
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://secure.helpscout.net',
  });
});
afterAll(() => session?.close());

async function panelFor(
  url: string,
  ticketKey?: string,
  width = 360,
): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page), { width, height: 900 });
  if (ticketKey) await waitForEvaluation(panel, ticketKey);
  return { page, panel };
}

let reader: Page | undefined;
async function clipboard(panel: Page): Promise<string> {
  reader ??= await session.context.newPage();
  if (!reader.url().startsWith('https://secure.helpscout.net'))
    await reader.goto('https://secure.helpscout.net/inboxes/1a2b/views/1');
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await panel.bringToFront();
  return text;
}

test('HelpScout demo ticket: headline, tier, triggers with the customer’s words, checklist and notify', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  expect(await panel.locator('#headline-title').textContent()).toBe(
    'Escalate to Level 4 — Escalations Leadership',
  );
  expect(await panel.getByTestId('tier').textContent()).toBe('Level 4 · Escalations Leadership');
  expect(await panel.getByTestId('brand').textContent()).toBe('TSM');
  const chargeback = panel.locator('[data-trigger="chargeback_threat"] .quote');
  expect(await chargeback.first().textContent()).toContain(
    "I'm calling my bank to dispute the charge",
  );
  expect(await panel.locator('[data-trigger="refund_over_threshold"]').count()).toBe(1);
  expect(await panel.locator('[data-section="checklist"] legend').allTextContents()).toContain(
    'chargeback threat',
  );
  expect(await panel.locator('[data-section="notify"] strong').first().textContent()).toBe('Elana');
});

test('copy: the note, a Slack message and the tracker row reach the clipboard', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  await panel.getByRole('button', { name: 'Copy note' }).click();
  await expect.poll(() => panel.getByRole('button', { name: /Copied/ }).count()).toBeGreaterThan(0);
  const note = await clipboard(panel);
  expect(note).toMatch(/Customer: Dana Reyes <dana@example.com>/);
  expect(note).toMatch(/Order\(s\): #10442/);
  expect(note).toMatch(/Negative Experience Risk Rating: 5\/5/);

  await panel.getByRole('button', { name: 'Copy message for Elana' }).click();
  await expect
    .poll(() => clipboard(panel))
    .toMatch(/^Ticket #1042: chargeback threat from Dana Reyes/);

  await panel.getByRole('button', { name: 'Copy tracker row' }).click();
  await expect
    .poll(() => clipboard(panel))
    .toMatch(/\t#1042\tTSM\tDana Reyes\tdana@example.com\t#10442\tLevel 4/);
  expect((await clipboard(panel)).split('\n')).toHaveLength(1);

  // The keyboard shortcut copies the (edited) note.
  await panel.locator('#note-text').fill('My own note for #1042');
  await panel.locator('#note-text').press('Control+Shift+C');
  await expect.poll(() => clipboard(panel)).toBe('My own note for #1042');
});

test('facts re-evaluate at once and stay with the ticket across a panel reload', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2002/1043',
    'helpscout:1043',
  );
  expect(await panel.locator('[data-trigger]').count()).toBe(0);
  await panel.getByLabel('Refund amount ($)').fill('320');
  await panel.waitForSelector('[data-trigger="refund_over_threshold"]');
  await panel.getByLabel('Offense number').fill('4');
  await expect
    .poll(() => panel.getByTestId('tier').textContent())
    .toMatch(/Level 3|Level 4|Level 2/);
  await panel.getByRole('radio', { name: '2' }).check();
  await panel.reload();
  await waitForEvaluation(panel, 'helpscout:1043');
  expect(await panel.getByLabel('Refund amount ($)').inputValue()).toBe('320');
  expect(await panel.locator('[data-trigger="refund_over_threshold"]').count()).toBe(1);
  expect(await panel.getByTestId('risk-caption').textContent()).toMatch(/^2\/5/);
});

test('manual mode: no ticket on the page, the agent pastes the message and gets the same evaluation', async () => {
  const { panel } = await panelFor('https://secure.helpscout.net/inboxes/1a2b/views/1');
  await panel.getByRole('button', { name: 'Paste a customer message instead' }).click();
  await panel
    .getByLabel('Customer message', { exact: true })
    .fill("You people are a scam. I'm calling my bank to dispute the charge.");
  await panel.getByLabel('Brand', { exact: true }).selectOption('HB');
  await waitForEvaluation(panel, 'manual');
  expect(await panel.locator('#headline-title').textContent()).toBe(
    'Escalate to Level 4 — Escalations Leadership',
  );
  expect(
    await panel
      .locator('[data-trigger]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-trigger'))),
  ).toEqual(['chargeback_threat', 'fraud_accusation']);
});

async function axeViolations(panel: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); DevTools evaluation is not subject to it.
  await panel.evaluate(
    `${readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')};0`,
  );
  return panel.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

test.each(['light', 'dark'] as const)(
  '%s theme: no axe violations, fits 320 px, screenshot saved',
  async (scheme) => {
    const { panel } = await panelFor(
      'https://secure.helpscout.net/conversation/2001/1042',
      'helpscout:1042',
      320,
    );
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(panel)).toEqual([]);
    expect(
      await panel.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await panel.setViewportSize({ width: 400, height: 1100 });
    await panel.screenshot({ path: resolve(ROOT, `docs/screenshots/panel-${scheme}.png`) });
  },
);
