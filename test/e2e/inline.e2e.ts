/**
 * Inline warnings in real Chromium. Typing like an agent (keyboard events) into each fixture's
 * reply editor: the mark appears on the breaking words and stays on them through edits, scrolling
 * and resizing; it goes when the text is fixed or the refund is approved in the side panel; the
 * popover names the SOP rule and copies the safer wording; internal notes are never marked; and
 * the app's editor holds exactly what was typed (the extension never writes into it). No page
 * sees an error from the content script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import {
  DIST,
  FIXTURE_ROUTES,
  launchExtension,
  openPanel,
  serveHelpdesk,
  tabIdOf,
  waitForEvaluation,
  type ExtensionSession,
} from './harness';

/** The inline-warning fixtures, at the URLs they stand for. */
const INLINE_ROUTES: Record<string, string> = {
  '/conversation/2201/1201': 'helpscout/inline-small-refund.html',
  '/conversation/2202/1202': 'helpscout/inline-subscription.html',
  '/conversation/1878/878': 'helpscout/inline-legacy-refund.html',
  '/app/ticket/31500': 'gorgias/inline-draftjs.html',
};

const HS_REPLY = '[data-cy="ReplyEditor"] [role="textbox"]';
const HS_NOTE = '[data-cy="NoteEditor"] [role="textbox"]';
const LEGACY_REPLY = '#replyForm [contenteditable]';
const LEGACY_NOTE = '#noteForm [contenteditable]';
const GORGIAS_EDITOR = '.public-DraftEditor-content';

const PROMISE = "Hi, so sorry about this. You'll receive a full refund today.";
const PROMISE_WORDS = "You'll receive a full refund";
const MENTION = "Hi, I've asked my lead to review your refund request and will update you today.";
const BEST =
  "I've worked this to the best of my abilities and escalated your request to a supervisor.";

let session: ExtensionSession;
/** Uncaught errors and rejections of every page opened by the test running now. */
let pageErrors: string[] = [];

beforeAll(async () => {
  session = await launchExtension();
  await serveHelpdesk(session.context, { ...FIXTURE_ROUTES, ...INLINE_ROUTES });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://secure.helpscout.net',
  });
});
afterAll(() => session?.close());
afterEach(async () => {
  for (const page of session.context.pages()) await page.close();
  // An error thrown or rejected in a helpdesk page (the content script's, or the app's because
  // of it) is a failure of the extension: the page must never notice it.
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

/** Opens a helpdesk page and the side panel bound to it, both settled on `ticketKey`. */
async function openTicket(url: string, ticketKey: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page));
  await waitForEvaluation(panel, ticketKey);
  await page.bringToFront();
  return { page, panel };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The warnings drawn in the overlay: rule, marked words and the box around their marks. */
function marks(page: Page): Promise<{ rule: string; text: string; box: Box }[]> {
  return page.evaluate(() => {
    const root = document.getElementById('escalation-assist-inline')?.shadowRoot;
    const found = new Map<string, { rule: string; text: string; box: Box }>();
    for (const mark of Array.from(root?.querySelectorAll<HTMLElement>('.mark') ?? [])) {
      const rule = mark.getAttribute('data-rule') ?? '';
      const text = mark.getAttribute('data-text') ?? '';
      const r = mark.getBoundingClientRect();
      const seen = found.get(`${rule}|${text}`);
      const box = seen
        ? {
            left: Math.min(seen.box.left, r.left),
            top: Math.min(seen.box.top, r.top),
            right: Math.max(seen.box.right, r.right),
            bottom: Math.max(seen.box.bottom, r.bottom),
          }
        : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      found.set(`${rule}|${text}`, { rule, text, box });
    }
    return [...found.values()];
  });
}

async function markedWords(page: Page): Promise<[string, string][]> {
  return (await marks(page)).map((m) => [m.rule, m.text]);
}

/** Where `words` stand in the editor now (a Range over its text nodes), or null. */
function wordsBox(page: Page, editor: string, words: string): Promise<Box | null> {
  return page.evaluate(
    ([selector, wanted]) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: text.length });
        text += (n as Text).data;
      }
      const at = text.indexOf(wanted);
      if (at < 0) return null;
      const locate = (offset: number, isEnd: boolean) => {
        const hit = nodes.find(
          (e) =>
            offset >= e.start &&
            (isEnd
              ? offset <= e.start + e.node.data.length
              : offset < e.start + e.node.data.length),
        )!;
        return [hit.node, offset - hit.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + wanted.length, true));
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
    [editor, words] as const,
  );
}

/** The mark of `words` covers exactly where they stand (within a pixel of rounding). */
async function expectMarkOn(page: Page, editor: string, words: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const mark = (await marks(page)).find((m) => m.text === words);
        const target = await wordsBox(page, editor, words);
        if (!mark || !target) return `mark ${!!mark}, words ${!!target}`;
        const off = Math.max(
          ...(['left', 'top', 'right', 'bottom'] as const).map((side) =>
            Math.abs(mark.box[side] - target[side]),
          ),
        );
        return off <= 1.5 ? 'on the words' : `off by ${off.toFixed(1)} px`;
      },
      { timeout: 5_000 },
    )
    .toBe('on the words');
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

async function clearEditor(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

const editorText = (page: Page, selector: string) => page.locator(selector).innerText();

/** The side panel's draft section: the rule of each warning it lists. */
function panelWarnings(panel: Page): Promise<string[]> {
  return panel
    .locator('[data-testid="draft-warnings"] [data-rule]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
}

function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (s) =>
      document.getElementById('escalation-assist-inline')?.shadowRoot?.querySelector(s)
        ?.textContent ?? '',
    selector,
  );
}

/** What has focus, looking into the overlay's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.getElementById('escalation-assist-inline');
    const inner = host?.shadowRoot?.activeElement;
    if (inner) return `overlay:${inner.textContent}`;
    const active = document.activeElement as HTMLElement | null;
    return active?.isContentEditable ? `editor:${active.getAttribute('aria-label')}` : 'other';
  });
}

/** The panel shows a reading of the page taken after `since` (page clock, ms). */
async function panelReadSince(panel: Page, since: number): Promise<void> {
  await expect
    .poll(async () => Number(await panel.locator('.panel').getAttribute('data-read-at')), {
      timeout: 5_000,
    })
    .toBeGreaterThan(since);
}

/** No mark for a moment after the page and the panel have seen the draft. */
async function expectNoMarks(page: Page): Promise<void> {
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  await page.waitForTimeout(500); // long past the check (a microtask) and its frame
  expect(await markedWords(page)).toEqual([]);
}

test('HelpScout new UI: a $249 refund promise is marked, explained, copied, fixed, then approved', async () => {
  const { page, panel } = await openTicket(
    'https://secure.helpscout.net/conversation/2001/1042',
    'helpscout:1042',
  );
  await typeInto(page, HS_REPLY, PROMISE);
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['refund_commitment', PROMISE_WORDS]]);
  await expectMarkOn(page, HS_REPLY, PROMISE_WORDS);
  expect(await editorText(page, HS_REPLY)).toBe(PROMISE);
  // The overlay lives under <body>, outside the app's editor.
  expect(
    await page.evaluate(
      (s) =>
        document.querySelector(s)!.children.length === 0 &&
        document.getElementById('escalation-assist-inline')!.parentElement === document.body,
      HS_REPLY,
    ),
  ).toBe(true);

  // The side panel's draft section shows the same warning.
  await expect.poll(() => panelWarnings(panel), { timeout: 5_000 }).toEqual(['refund_commitment']);

  // From the keyboard: Alt+Enter in the editor opens the popover with focus on "copy".
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => focused(page)).toBe('overlay:Copy safer wording');
  const popover = await shadowText(page, '.popover');
  expect(popover).toContain('Refund promised before approval');
  expect(popover).toContain('SOP 004');
  expect(popover).toContain(PROMISE_WORDS);
  const instead = await shadowText(page, '.popover .instead');
  expect(instead).toMatch(/passed your refund request to my Team Leader/);
  await page.keyboard.press('Enter');
  await expect.poll(() => shadowText(page, '.popover .primary')).toBe('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(instead);
  // Tab stays inside the popover; Escape closes it and gives the editor its caret back.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('overlay:Close');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('overlay:Copied ✓');
  await page.keyboard.press('Escape');
  expect(await shadowText(page, '.popover')).toBe('');
  expect(await focused(page)).toBe('editor:Reply');
  await page.keyboard.type(' Bye.', { delay: 5 });
  expect(await editorText(page, HS_REPLY)).toBe(`${PROMISE} Bye.`);

  // A click on the flag opens it too, and the editor keeps its focus; Escape closes it.
  await page.locator('#escalation-assist-inline .flag').click();
  await expect.poll(() => shadowText(page, '.popover h2')).toBe('Refund promised before approval');
  expect(await focused(page)).toBe('editor:Reply');
  await page.keyboard.press('Escape');
  expect(await shadowText(page, '.popover')).toBe('');
  expect(await focused(page)).toBe('editor:Reply');

  // The mark follows the words when text is typed before them.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Dear Dana. ', { delay: 5 });
  await expectMarkOn(page, HS_REPLY, PROMISE_WORDS);
  expect(await editorText(page, HS_REPLY)).toBe(`Dear Dana. ${PROMISE} Bye.`);

  // Fixed text: the mark goes. A mention of the refund is not a commitment.
  await clearEditor(page, HS_REPLY);
  await typeInto(page, HS_REPLY, MENTION);
  await expectNoMarks(page);
  expect(await editorText(page, HS_REPLY)).toBe(MENTION);
  await expect.poll(() => panelWarnings(panel), { timeout: 5_000 }).toEqual([]);

  // "Best of my abilities" is no rule on this ticket (no TSM subscription-refund escalation).
  await clearEditor(page, HS_REPLY);
  await typeInto(page, HS_REPLY, BEST);
  await expectNoMarks(page);

  // The promise again; the agent marks the refund approved in the panel: the mark goes.
  await clearEditor(page, HS_REPLY);
  await typeInto(page, HS_REPLY, PROMISE);
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toHaveLength(1);
  await panel.getByLabel('Refund approved').check();
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  await expect.poll(() => panelWarnings(panel), { timeout: 5_000 }).toEqual([]);
  expect(await editorText(page, HS_REPLY)).toBe(PROMISE);
  // Unticked again: the warning is back without a keystroke.
  await panel.getByLabel('Refund approved').uncheck();
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['refund_commitment', PROMISE_WORDS]]);
});

test('HelpScout new UI: the same promise on a $60 order is not marked', async () => {
  const { page, panel } = await openTicket(
    'https://secure.helpscout.net/conversation/2201/1201',
    'helpscout:1201',
  );
  await typeInto(page, HS_REPLY, PROMISE.slice(0, -1));
  const since = await page.evaluate(() => Date.now());
  await page.keyboard.type(PROMISE.slice(-1));
  // The panel (and so the background, which answers the same message) has this draft's reading.
  await panelReadSince(panel, since);
  await expectNoMarks(page);
  expect(await panelWarnings(panel)).toEqual([]);
  expect(await editorText(page, HS_REPLY)).toBe(PROMISE);
});

test('HelpScout new UI: "best of my abilities" on a TSM subscription-refund escalation; the mark follows scrolling and resizing; notes are not checked', async () => {
  const { page, panel } = await openTicket(
    'https://secure.helpscout.net/conversation/2202/1202',
    'helpscout:1202',
  );
  const words = 'worked this to the best of my abilities and escalated';
  await typeInto(page, HS_REPLY, BEST);
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['best_of_my_abilities', words]]);
  await expectMarkOn(page, HS_REPLY, words);
  await expect
    .poll(() => panelWarnings(panel), { timeout: 5_000 })
    .toEqual(['best_of_my_abilities']);
  expect(await shadowText(page, '.flag')).toBe('!');

  // The page scrolls: the mark moves with the words.
  await page.mouse.wheel(0, -150);
  await expectMarkOn(page, HS_REPLY, words);
  // The editor scrolls inside itself (it is 120 px high): words scrolled out lose their mark,
  // and get it back when scrolled in again.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('Kind regards, Sam', { delay: 5 });
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  await page.locator(HS_REPLY).evaluate((editor) => (editor.scrollTop = 0));
  await expectMarkOn(page, HS_REPLY, words);
  // A narrower window rewraps the text: the mark follows it.
  const before = await wordsBox(page, HS_REPLY, words);
  await page.setViewportSize({ width: 720, height: 700 });
  await expect
    .poll(async () => (await wordsBox(page, HS_REPLY, words))?.right)
    .not.toBe(before?.right);
  await expectMarkOn(page, HS_REPLY, words);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Chromium's own paragraphs for the Enters; the text is the agent's alone.
  expect(await page.locator(HS_REPLY).textContent()).toBe(`${BEST}Kind regards, Sam`);

  // The agent switches to a note: the same words in a note are not a promise to the customer.
  await page.click('#compose-note');
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  await page.keyboard.type(BEST, { delay: 5 });
  await expectNoMarks(page);
  expect(await editorText(page, HS_NOTE)).toBe(BEST);
  // Back to the reply: its warning is back.
  await page.click('#compose-reply');
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['best_of_my_abilities', words]]);
});

test('HelpScout legacy UI: a $250 refund promise in the reply form is marked until approved; the note form is not checked', async () => {
  const { page, panel } = await openTicket(
    'https://secure.helpscout.net/conversation/1878/878',
    'helpscout:878',
  );
  await typeInto(page, LEGACY_REPLY, PROMISE);
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['refund_commitment', PROMISE_WORDS]]);
  await expectMarkOn(page, LEGACY_REPLY, PROMISE_WORDS);
  expect(await editorText(page, LEGACY_REPLY)).toBe(PROMISE);

  const note = 'Refund approved by TL. I will refund the full $250 today.';
  await page.click('#noteButton');
  await page.keyboard.type(note, { delay: 5 });
  await expectNoMarks(page);
  expect(await editorText(page, LEGACY_NOTE)).toBe(note);

  await page.click('#replyButton');
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toHaveLength(1);
  await panel.getByLabel('Refund approved').check();
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  expect(await editorText(page, LEGACY_REPLY)).toBe(PROMISE);
});

test('Gorgias Draft.js editor (re-rendered on every keystroke): a $320 refund promise is marked and followed; internal notes are not checked', async () => {
  const { page, panel } = await openTicket(
    'https://acme.gorgias.com/app/ticket/31500',
    'gorgias:31500',
  );
  await typeInto(page, GORGIAS_EDITOR, PROMISE);
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['refund_commitment', PROMISE_WORDS]]);
  await expectMarkOn(page, GORGIAS_EDITOR, PROMISE_WORDS);
  expect(await editorText(page, GORGIAS_EDITOR)).toBe(PROMISE);
  await expect.poll(() => panelWarnings(panel), { timeout: 5_000 }).toEqual(['refund_commitment']);

  // A new line above, typed at the start: the mark moves down with its words.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hello Ana,', { delay: 5 });
  await page.keyboard.press('Enter');
  await expectMarkOn(page, GORGIAS_EDITOR, PROMISE_WORDS);
  expect(await editorText(page, GORGIAS_EDITOR)).toBe(`Hello Ana,\n${PROMISE}`);

  // Rewording the promise into a mention removes the mark.
  await page.keyboard.press('Control+End');
  for (let i = 0; i < PROMISE.length - 'Hi, so sorry about this. '.length; i++)
    await page.keyboard.press('Backspace');
  await page.keyboard.type("I've asked my lead to review your refund request.", { delay: 5 });
  await expectNoMarks(page);

  // The promise again, then the field switched to an internal note: not checked.
  await typeInto(page, GORGIAS_EDITOR, " You'll receive a full refund.");
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toHaveLength(1);
  await page.check('#internal-note-switch');
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toEqual([]);
  await page.keyboard.type(' Approved by TL.', { delay: 5 });
  await expectNoMarks(page);
  await page.uncheck('#internal-note-switch');
  await expect.poll(() => markedWords(page), { timeout: 5_000 }).toHaveLength(1);
});

test('Gorgias: a reship promise on an escalated delivered-not-received ticket is marked', async () => {
  const { page } = await openTicket('https://acme.gorgias.com/app/ticket/31000', 'gorgias:31000');
  const text = "Hi Maria, I'll reship your order today at no cost.";
  await typeInto(page, GORGIAS_EDITOR, text);
  await expect
    .poll(() => markedWords(page), { timeout: 5_000 })
    .toEqual([['replacement_commitment', "I'll reship"]]);
  await expectMarkOn(page, GORGIAS_EDITOR, "I'll reship");
  expect(await editorText(page, GORGIAS_EDITOR)).toBe(text);
});

test('the content scripts stay small, hold no React and never touch extension storage', () => {
  const dir = join(DIST, 'content-scripts');
  const bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(bundles.sort()).toEqual(['gorgias.js', 'helpscout.js']);
  for (const file of bundles) {
    const code = readFileSync(join(dir, file), 'utf8');
    expect(code.length, file).toBeLessThanOrEqual(60_000);
    expect(code, file).not.toMatch(/react\.(transitional\.)?element|react-dom/);
    // WXT's storage module reads session storage where it is defined: in a content script that
    // throws into the host page ("Access to storage is not allowed from this context").
    expect(code, file).not.toMatch(/@wxt-dev\/storage|Storage key should be in the form/);
  }
});
