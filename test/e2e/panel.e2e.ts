/**
 * The side panel in real Chromium on the fixtures: what an agent sees, copies and changes.
 * Also saves the README's screenshots (light and dark) and runs axe-core on the live panel.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TicketSnapshot } from '../../utils/messages';
import {
  appendLawyerMessage,
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

/** Writes settings the way the options page does (the panel watches them). */
async function setSettings(settings: Record<string, unknown>): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate(async (next) => {
    const { settings: current } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(current as object), ...next },
      settings$: { v: 2 },
    });
  }, settings);
}

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
    'Chargeback threat',
  );
  expect(await panel.locator('[data-section="notify"] strong').first().textContent()).toBe('Elana');
  expect(await panel.locator('[data-phrase="refund_commitment"]').count()).toBe(1);
  expect(await panel.getByTestId('policy-source').textContent()).toBe('bundled with the extension');
  expect(await panel.getByTestId('policy-version').textContent()).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
});

test('checklist ticks and the risk rating stay with their ticket', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  const first = panel.locator('[data-checklist="chargeback_threat"] input').first();
  await first.check();
  await expect.poll(() => panel.getByTestId('checklist-progress').textContent()).toMatch(/^1 of/);
  await panel.getByRole('radio', { name: /^4,/ }).check();
  await panel.reload();
  await waitForEvaluation(panel, 'helpscout:1042');
  expect(await first.isChecked()).toBe(true);
  expect(await panel.getByTestId('risk-caption').textContent()).toMatch(/^4\/5.*changed it from 5/);
  // Another ticket has its own (empty) state.
  const other = await panelFor(
    'https://secure.helpscout.net/conversation/2002/1043',
    'helpscout:1043',
  );
  expect(await other.panel.locator('input[type="checkbox"]:checked').count()).toBe(0);
  await first.uncheck();
  await panel.getByRole('button', { name: /Use suggested/ }).click();
});

test('the headline is measured against the agent’s level from the settings', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2002/1043',
    'helpscout:1043',
  );
  expect(await panel.locator('#headline-title').textContent()).toBe(
    'Escalate to Level 3 — Escalations Agents',
  );
  await setSettings({ agentLevel: 3 });
  await expect.poll(() => panel.locator('#headline-title').textContent()).toBe('Yours to handle');
  expect(await panel.getByTestId('agent-level').textContent()).toMatch(/your level: 3/);
  await setSettings({ agentLevel: 1 });
  await expect
    .poll(() => panel.locator('#headline-title').textContent())
    .toBe('Escalate to Level 3 — Escalations Agents');
});

test('Gorgias ticket: tier, brand, DNR trigger with evidence, a quote highlights its message, copy', async () => {
  const { page, panel } = await panelFor(
    'https://acme.gorgias.com/app/ticket/31000',
    'gorgias:31000',
  );
  expect(await panel.locator('#headline-title').textContent()).toBe(
    'Escalate to Level 2 — CallCare Leads',
  );
  expect(await panel.getByTestId('tier').textContent()).toBe('Level 2 · CallCare Leads');
  expect(await panel.getByTestId('brand').textContent()).toBe('HB');
  const quotes = panel.locator('[data-trigger="dnr_escalation"] .quote mark');
  expect((await quotes.allTextContents()).some((m) => /not calling FedEx/.test(m))).toBe(true);
  // The internal note's words are evidence too, attributed to the note.
  await panel.getByRole('button', { name: /Show 1 more quote/ }).click();
  expect(
    await panel.locator('[data-trigger="dnr_escalation"] .quote').last().textContent(),
  ).toMatch(/declined the courier.*Internal note/);

  await panel.locator('[data-trigger="dnr_escalation"] .quote').last().click();
  await page.waitForSelector('[data-message-highlight]', { timeout: 5_000 });
  const overlay = await page.locator('[data-message-highlight]').boundingBox();
  const message = await page.locator('[data-testid="ticket-message-31003"]').boundingBox();
  expect(overlay && message && Math.abs(overlay.y + 4 - message.y)).toBeLessThan(2);

  await panel.getByRole('button', { name: 'Copy tracker row' }).click();
  await expect
    .poll(() => clipboard(panel))
    .toMatch(/\t#31000\tHB\tMaria Lopez\tmaria@example.com\t#H-5512\tLevel 2 CallCare Leads\t/);
  await panel.getByRole('button', { name: /^Copy message for Team Leader/ }).click();
  await expect.poll(() => clipboard(panel)).toMatch(/#31000/);
});

test('a quote click scrolls the helpdesk page to its message', async () => {
  const { page, panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  await page.setViewportSize({ width: 900, height: 240 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const quote = panel.locator('[data-trigger="refund_over_threshold"] .quote').first();
  await quote.click();
  await page.waitForSelector('[data-message-highlight]', { timeout: 5_000 });
  const id = await page.evaluate(() => {
    const layer = document.querySelector('[data-message-highlight]')!.getBoundingClientRect();
    const hit = document
      .elementsFromPoint(layer.left + layer.width / 2, layer.top + layer.height / 2)
      .find((el) => el.id.startsWith('thread-'));
    return hit?.id ?? null;
  });
  expect(id).toMatch(/^thread-/);
  expect(await page.locator(`#${id}`).isVisible()).toBe(true);
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
  // The edit stays with the ticket until undone.
  await panel.reload();
  await waitForEvaluation(panel, 'helpscout:1042');
  expect(await panel.locator('#note-text').inputValue()).toBe('My own note for #1042');
  await panel.getByRole('button', { name: 'Undo my edits' }).click();
  expect(await panel.locator('#note-text').inputValue()).toMatch(/^ESCALATION — Level 4/);
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
  await panel.getByRole('radio', { name: /^2,/ }).check();
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
  expect(await panel.getByTestId('brand').textContent()).toBe('HB');
});

test('a trigger only the model read is tagged a second opinion, with the words that weighed most', async () => {
  const { panel } = await panelFor('https://secure.helpscout.net/inboxes/1a2b/views/1');
  await panel.getByRole('button', { name: 'Paste a customer message instead' }).click();
  await panel
    .getByLabel('Customer message', { exact: true })
    .fill(
      "I chatted with your agent again and got the same reply, I'm still waiting and it is still broken.",
    );
  await waitForEvaluation(panel, 'manual');
  const trigger = panel.locator('[data-trigger="unresolved_complaint"]');
  await expect.poll(() => trigger.count()).toBe(1);
  expect(await trigger.locator('.second-opinion').textContent()).toBe('second opinion');
  expect(await trigger.locator('.second-opinion').getAttribute('title')).toMatch(/No rule/);
  expect(await trigger.locator('.because').textContent()).toMatch(
    /^the model trained on \d+ labelled tickets reads it as/,
  );
  expect(await trigger.locator('.quote').first().textContent()).toMatch(/still waiting/);
});

test('manual mode: a supervisor request before de-escalation says to de-escalate once; the fact re-evaluates', async () => {
  const { panel } = await panelFor('https://secure.helpscout.net/inboxes/1a2b/views/1');
  expect(await panel.getByTestId('empty-reason').textContent()).toMatch(/No ticket is open/);
  await panel.getByRole('button', { name: 'Paste a customer message instead' }).click();
  await panel
    .getByLabel('Customer message', { exact: true })
    .fill('<img src=x onerror="document.title=1">I want to speak to your manager right now.');
  await waitForEvaluation(panel, 'manual');
  expect(await panel.locator('#headline-title').textContent()).toBe('Yours to handle');
  expect(await panel.locator('#headline-next').textContent()).toMatch(/one de-escalation attempt/);
  // Ticket text is text: the pasted tag is shown, never made an element.
  expect(await panel.locator('.quote').first().textContent()).toMatch(/I want to speak/);
  expect(await panel.locator('main img').count()).toBe(0);

  await panel.getByLabel('De-escalation attempted').check();
  await expect
    .poll(() => panel.locator('#headline-title').textContent())
    .toBe('Escalate to Level 2 — CallCare Leads');
  await panel.getByLabel('De-escalation attempted').uncheck();
});

test('empty states say why: not a helpdesk page, unknown layout', async () => {
  const { panel } = await panelFor('https://secure.helpscout.net/conversation/2060/1060');
  // The page reader waits a moment for a late-rendering app before it calls a layout unknown.
  await expect
    .poll(() => panel.getByTestId('empty-state').textContent(), { timeout: 10_000 })
    .toMatch(/Unknown page layout/);
  // A tab on another site (the extension sees no URL there).
  const sw = await session.serviceWorker();
  const tabId = await sw.evaluate(
    async () => (await chrome.tabs.create({ url: 'about:blank' })).id!,
  );
  const blank = await openPanel(session, tabId);
  await expect
    .poll(() => blank.getByTestId('empty-state').textContent())
    .toMatch(/Not a helpdesk page/);
});

test('keyboard only: a quote, a fact and the note shortcut', async () => {
  const { page, panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  // Tab from the top reaches the first quote (after the "change" level link) and Enter shows it.
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  expect(await panel.evaluate(() => document.activeElement?.className)).toBe('quote');
  await panel.keyboard.press('Enter');
  await page.waitForSelector('[data-message-highlight]', { timeout: 5_000 });
  await panel.getByLabel('De-escalation attempted').focus();
  await panel.keyboard.press('Space');
  expect(await panel.getByLabel('De-escalation attempted').isChecked()).toBe(true);
  await panel.keyboard.press('Space');
  await panel.keyboard.press('Control+Shift+C');
  await expect.poll(() => clipboard(panel)).toMatch(/^ESCALATION — Level 4/);
  // The focus ring is visible on the focused control.
  expect(
    await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
  ).not.toBe('none');
});

test('footer: a synced policy, then a failed sync keeps it as the last good, with the reason', async () => {
  const { panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2002/1043',
    'helpscout:1043',
  );
  const policy = JSON.parse(readFileSync(resolve(ROOT, 'policy/default-policy.json'), 'utf8'));
  const sw = await session.serviceWorker();
  const at = Date.parse('2026-11-22T10:00:00Z');
  await sw.evaluate(
    async ([p, t]) => {
      await chrome.storage.local.set({
        policy: {
          policy: p,
          source: 'synced',
          url: 'https://policy.example.com/p.yaml',
          syncedAt: t,
        },
        syncStatus: { consecutiveFailures: 0, lastSuccessAt: t, lastAttemptAt: t },
      });
    },
    [policy, at] as const,
  );
  await expect
    .poll(() => panel.getByTestId('policy-source').textContent())
    .toMatch(/^synced from policy.example.com /);
  await sw.evaluate(async (t) => {
    await chrome.storage.local.set({
      syncStatus: {
        consecutiveFailures: 1,
        lastSuccessAt: t,
        lastAttemptAt: t + 60_000,
        lastError: { at: t + 60_000, url: 'https://policy.example.com/p.yaml', reason: 'HTTP 500' },
      },
    });
  }, at);
  await expect
    .poll(() => panel.getByTestId('policy-source').textContent())
    .toMatch(/^last good, synced/);
  expect(await panel.getByTestId('sync-error').textContent()).toMatch(/failed: HTTP 500/);
  await sw.evaluate(() => chrome.storage.local.remove(['policy', 'syncStatus']));
  await expect
    .poll(() => panel.getByTestId('policy-source').textContent())
    .toBe('bundled with the extension');
});

test('facts survive a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'ea-restart-'));
  try {
    for (const round of [1, 2]) {
      const browser = await launchExtension({ userDataDir: profile });
      try {
        await serveHelpdesk(browser.context, FIXTURE_ROUTES);
        const page = await browser.context.newPage();
        await page.goto('https://secure.helpscout.net/conversation/2002/1043');
        const panel = await openPanel(browser, await tabIdOf(browser, page));
        await waitForEvaluation(panel, 'helpscout:1043');
        if (round === 1) {
          await panel.getByLabel('Units to replace').fill('4');
          await panel.getByLabel('Replacement approved').check();
          // Saved once storage has it (the panel writes right after the change).
          await expect
            .poll(() =>
              panel.evaluate(async () => {
                const { ticketStates } = await chrome.storage.local.get('ticketStates');
                return (ticketStates as Record<string, { facts: object }>)['helpscout:1043']?.facts;
              }),
            )
            .toEqual({ replacementUnits: 4, replacementApproved: true });
        } else {
          expect(await panel.getByLabel('Units to replace').inputValue()).toBe('4');
          expect(await panel.getByLabel('Replacement approved').isChecked()).toBe(true);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the reply being typed: its broken rule shows in the panel with a safer wording to copy', async () => {
  const { page, panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  expect(await panel.getByTestId('draft-warnings').count()).toBe(0);
  await page.click('[data-cy="ReplyEditor"] [role="textbox"]');
  await page.keyboard.type("So sorry, Dana. You'll receive a full refund today.", { delay: 5 });
  await panel.waitForSelector('[data-testid="draft-warnings"] [data-rule="refund_commitment"]', {
    timeout: 5_000,
  });
  expect(await panel.locator('[data-testid="draft-warnings"] mark').textContent()).toMatch(
    /full refund/,
  );
  await panel.getByRole('button', { name: 'Copy safer wording' }).click();
  await expect.poll(() => clipboard(panel)).not.toMatch(/You'll receive a full refund/);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => panel.getByTestId('draft-warnings').count(), { timeout: 5_000 }).toBe(0);
});

/** Records the type of every message the panel hears from here on. */
async function recordMessages(panel: Page): Promise<() => Promise<string[]>> {
  await panel.evaluate(() => {
    const w = window as unknown as { __heard: string[] };
    w.__heard = [];
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      w.__heard.push(String(message?.type));
    });
  });
  return () => panel.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

/** The background's remembered snapshot of a tab (what a panel opened later starts from). */
async function storedSnapshot(tabId: number): Promise<TicketSnapshot | undefined> {
  const sw = await session.serviceWorker();
  return sw.evaluate(async (tab) => {
    const { snapshots } = await chrome.storage.session.get('snapshots');
    return (snapshots as Record<string, TicketSnapshot> | undefined)?.[String(tab)];
  }, tabId);
}

const REPLY_BOX = '[data-cy="ReplyEditor"] [role="textbox"]';

test('typing in the real editor: the draft alone travels, and the panel’s draft warning follows it', async () => {
  const { page, panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  const heard = await recordMessages(panel);
  await page.click(REPLY_BOX);
  await page.keyboard.type("Hi Dana. You'll receive a full refund today.", { delay: 20 });
  await panel.waitForSelector('[data-testid="draft-warnings"] [data-rule="refund_commitment"]', {
    timeout: 5_000,
  });
  // Only the editor changed: draft messages, not one full snapshot of the ticket.
  expect(await heard()).toContain('draft');
  expect(await heard()).not.toContain('snapshot');
  const tabId = await tabIdOf(session, page);
  await expect
    .poll(async () => (await storedSnapshot(tabId))?.ticket?.draft)
    .toBe("Hi Dana. You'll receive a full refund today.");
  // The rest of the ticket is still the one read in full, and so is the panel's evaluation.
  expect((await storedSnapshot(tabId))?.ticket?.messages).toHaveLength(4);
  expect(await panel.locator('[data-trigger="chargeback_threat"]').count()).toBe(1);

  // Rewording it away clears the warning, the same way.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Hi Dana, I have asked for approval of a refund.', { delay: 10 });
  await expect.poll(() => panel.getByTestId('draft-warnings').count(), { timeout: 5_000 }).toBe(0);
  expect(await heard()).not.toContain('snapshot');
  await page.close();
  await panel.close();
});

test('a change outside the editor while the agent types still refreshes the whole ticket', async () => {
  const { page, panel } = await panelFor(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  expect(await panel.locator('[data-trigger="legal_threat"]').count()).toBe(0);
  const heard = await recordMessages(panel);
  await page.click(REPLY_BOX);
  await page.keyboard.type('Hi Dana, ', { delay: 20 });
  await expect.poll(heard).toContain('draft');
  // A new customer message arrives in the thread while the agent goes on typing.
  const typing = page.keyboard.type("you'll receive a full refund today.", { delay: 20 });
  await appendLawyerMessage(page, 'thread-9005');
  await typing;
  await panel.waitForSelector('[data-trigger="legal_threat"]', { timeout: 5_000 });
  expect(await heard()).toContain('snapshot');
  // The typing after the full reading reached the panel too.
  await panel.waitForSelector('[data-testid="draft-warnings"] [data-rule="refund_commitment"]', {
    timeout: 5_000,
  });
  const tabId = await tabIdOf(session, page);
  await expect
    .poll(async () => (await storedSnapshot(tabId))?.ticket?.draft)
    .toBe("Hi Dana, you'll receive a full refund today.");
  expect((await storedSnapshot(tabId))?.ticket?.messages.map((m) => m.id)).toContain('9005');
  await page.close();
  await panel.close();
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

test.each(['light', 'dark'] as const)(
  '%s theme: the empty state and the manual mode pass axe too, at 320 px',
  async (scheme) => {
    const { panel } = await panelFor(
      'https://secure.helpscout.net/inboxes/1a2b/views/1',
      undefined,
      320,
    );
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.getByTestId('empty-state').waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Paste a customer message instead' }).click();
    await panel
      .getByLabel('Customer message', { exact: true })
      .fill('This is a scam and I will post on Trustpilot. I want a manager.');
    await waitForEvaluation(panel, 'manual');
    expect(await axeViolations(panel)).toEqual([]);
    expect(
      await panel.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  },
);
