/**
 * Inline warnings (issue 6): main-thread time per keystroke on a 2 KB draft, in real Chromium
 * with the built extension. Target: ≤ 2 ms per keystroke.
 *
 * The draft (about 2 KB, two refund promises in it, so marks are drawn) is put into the editor,
 * then keystrokes are typed at its end at a fast agent's pace. Two figures per editor:
 *
 * - the content script's own timing (User Timing entries it writes only while the page's <html>
 *   carries `data-escalation-assist-timing`): the draft check run on each change, and the
 *   redraw of the marks in the next frame;
 * - Chromium's own main-thread counters (CDP `Performance.getMetrics`) per keystroke, with the
 *   extension loaded and without it, on the same page and the same keystrokes, rounds
 *   interleaved: script + style + layout time, whose difference is everything the extension
 *   costs the page (the debounced ticket reading and its messaging too), and the whole task
 *   time, which input dispatch makes noisy.
 *
 * The watcher's own readings are listed too: full readings of the ticket (`ea-read`) and, since
 * typing changes only the editor, draft-only readings (`ea-read-draft`).
 *
 * Editors: HelpScout's new-UI contenteditable (demo ticket, $249 refund) and the Draft.js-like
 * Gorgias editor that re-renders its blocks on every keystroke (inline-draftjs fixture, $320).
 * The extension is `EA_DIST` when set, else a fresh build in `.output-bench-inline/`.
 * Figures only: nothing here passes or fails on timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
if (!process.env.EA_DIST) {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: '.output-bench-inline' },
    stdio: 'ignore',
  });
  process.env.EA_DIST = '.output-bench-inline/chrome-mv3';
}
// The harness reads EA_DIST when it loads.
const { CHROME_PATH, CHROMIUM_ARGS, FIXTURE_ROUTES, launchExtension, serveHelpdesk } =
  await import('../test/e2e/harness');
const { CHECK_MEASURE, DRAW_MEASURE, TIMING_ATTRIBUTE } = await import('../inline/timing');

const KEYSTROKES = Number(process.env.INLINE_BENCH_KEYS ?? 120);
const ROUNDS = Number(process.env.INLINE_BENCH_ROUNDS ?? 3);
/** Between keystrokes: a fast agent (about 150 words a minute). */
const KEY_DELAY_MS = 70;
const TARGET_MS = 2;
/** The ticket watcher's reading of the page (sites/watcher.ts), debounced while typing. */
const READ_MEASURE = 'ea-read';
/** Its draft-only reading, when nothing but the reply editor changed (sites/watcher.ts). */
const DRAFT_MEASURE = 'ea-read-draft';

const EDITORS = [
  {
    name: 'HelpScout new UI (contenteditable)',
    url: 'https://secure.helpscout.net/conversation/2001/1042',
    editor: '[data-cy="ReplyEditor"] [role="textbox"]',
  },
  {
    name: 'Gorgias (Draft.js-like, re-rendered per key)',
    url: 'https://acme.gorgias.com/app/ticket/31500',
    editor: '.public-DraftEditor-content',
  },
];
const ROUTES = { ...FIXTURE_ROUTES, '/app/ticket/31500': 'gorgias/inline-draftjs.html' };

/** About 2 KB of an agent's reply, with two refund promises (marked) among ordinary lines. */
function draft2k(): string[] {
  const lines = [
    'Hi there,',
    "Thank you for writing in, and I'm sorry the order did not arrive the way you expected.",
    "You'll receive a full refund today.",
    'I have looked at the tracking history and the warehouse notes for this shipment.',
    'The parcel left our warehouse on time and was scanned by the carrier twice on the way.',
    'Could you check with your neighbours or building office in case it was left with them?',
    'If it still does not turn up, please reply to this email and let me know.',
  ];
  const end = ['I will refund the whole order.', 'Best regards,', 'Sam'];
  const out: string[] = [];
  for (let i = 0; [...out, ...end].join('\n').length < 2048; i++)
    out.push(lines[i % lines.length]!);
  return [...out, ...end];
}

const quantile = (xs: number[], q: number) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!
    : 0;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number) => x.toFixed(3);

/** Pastes the draft into the editor (Ctrl+V: the editor's own paste path, as an agent's). */
async function fillDraft(page: Page, editor: string, lines: string[]): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), lines.join('\n'));
  await page.click(editor);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+V');
}

async function allowClipboard(context: BrowserContext): Promise<void> {
  for (const origin of new Set(EDITORS.map((e) => new URL(e.url).origin)))
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/** Chromium's own main-thread counters (CDP Performance.getMetrics), in ms. */
interface MainThread {
  /** Every task on the main thread (input dispatch and IPC included: noisy). */
  task: number;
  /** Script, style recalculation and layout: the work a content script adds or causes. */
  work: number;
}

async function mainThread(page: Page): Promise<() => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      task: value('TaskDuration'),
      work: value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration'),
    };
  };
}

interface Round {
  /** Per keystroke. */
  perKey: MainThread;
  check: number[];
  draw: number[];
  read: number[];
  draftRead: number[];
  length: number;
  flags: number;
}

/** Pastes the draft, then types keystrokes at its end at an agent's pace. */
async function typeRound(page: Page, editor: string): Promise<Round> {
  await fillDraft(page, editor, draft2k());
  await page.waitForTimeout(600); // the paste's reading and redraw are not keystrokes
  await page.evaluate(
    ([check, draw, read, draftRead]) => {
      const w = window as unknown as { __ea: Record<string, number[]> };
      w.__ea = { [check]: [], [draw]: [], [read]: [], [draftRead]: [] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__ea[entry.name]?.push(entry.duration);
      }).observe({ entryTypes: ['measure'] });
    },
    [CHECK_MEASURE, DRAW_MEASURE, READ_MEASURE, DRAFT_MEASURE] as const,
  );
  const counters = await mainThread(page);
  const before = await counters();
  const words = ' and one more line of text';
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(words[i % words.length]!);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
  await page.waitForTimeout(400); // the last reading (debounced) belongs to these keystrokes
  const after = await counters();
  const entries = await page.evaluate(
    () => (window as unknown as { __ea: Record<string, number[]> }).__ea,
  );
  return {
    perKey: {
      task: (after.task - before.task) / KEYSTROKES,
      work: (after.work - before.work) / KEYSTROKES,
    },
    check: entries[CHECK_MEASURE]!,
    draw: entries[DRAW_MEASURE]!,
    read: entries[READ_MEASURE]!,
    draftRead: entries[DRAFT_MEASURE]!,
    length: await page.locator(editor).evaluate((e) => (e.textContent ?? '').length),
    flags: await page.evaluate(
      () =>
        document.getElementById('escalation-assist-inline')?.shadowRoot?.querySelectorAll('.flag')
          .length ?? 0,
    ),
  };
}

/** With the extension: waits for the background's rules (a promise gets marked) first. */
async function roundWithExtension(context: BrowserContext, site: (typeof EDITORS)[number]) {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.evaluate((a) => document.documentElement.setAttribute(a, ''), TIMING_ATTRIBUTE);
  await fillDraft(page, site.editor, ["You'll receive a full refund."]);
  await page
    .waitForFunction(
      () =>
        (document.getElementById('escalation-assist-inline')?.shadowRoot?.querySelectorAll('.flag')
          .length ?? 0) > 0,
      undefined,
      { timeout: 10_000 },
    )
    .catch(async (error: unknown) => {
      throw new Error(
        `no mark for a refund promise in ${site.url} (editor holds ${JSON.stringify(await page.locator(site.editor).textContent())})`,
        { cause: error },
      );
    });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  try {
    return await typeRound(page, site.editor);
  } finally {
    await page.close();
  }
}

/** The same page and keystrokes in a Chromium without the extension: the page's own cost. */
async function roundWithout(context: BrowserContext, site: (typeof EDITORS)[number]) {
  const page = await context.newPage();
  await page.goto(site.url);
  try {
    return await typeRound(page, site.editor);
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => quantile(xs, 0.5);

function report(site: string, on: Round[], off: Round[]): void {
  const check = on.flatMap((r) => r.check);
  const draw = on.flatMap((r) => r.draw);
  const read = on.flatMap((r) => r.read);
  const draftRead = on.flatMap((r) => r.draftRead);
  const keys = on.length * KEYSTROKES;
  const own = (sum(check) + sum(draw)) / keys;
  const work = median(on.map((r) => r.perKey.work)) - median(off.map((r) => r.perKey.work));
  const task = median(on.map((r) => r.perKey.task)) - median(off.map((r) => r.perKey.task));
  const share = (x: number) => `${((x / TARGET_MS) * 100).toFixed(0)}% of target`;
  console.log(`\n${site}: draft ${on[0]!.length} chars, ${on[0]!.flags} warnings marked`);
  console.log(
    `  draft check      median ${ms(quantile(check, 0.5))} ms, p95 ${ms(quantile(check, 0.95))}, max ${ms(quantile(check, 1))} (${check.length} runs)`,
  );
  console.log(
    `  mark redraw      median ${ms(quantile(draw, 0.5))} ms, p95 ${ms(quantile(draw, 0.95))}, max ${ms(quantile(draw, 1))} (${draw.length} frames)`,
  );
  console.log(`  check + redraw per keystroke: ${ms(own)} ms (${share(own)})`);
  console.log(
    `  ticket reading (sites/watcher.ts, debounced) median ${ms(median(read))} ms × ${read.length}: ${ms(sum(read) / keys)} ms per keystroke`,
  );
  console.log(
    `  draft-only reading (only the editor changed) median ${ms(median(draftRead))} ms × ${draftRead.length}: ${ms(sum(draftRead) / keys)} ms per keystroke`,
  );
  console.log(
    `  Chromium script + style + layout per keystroke: ${ms(median(on.map((r) => r.perKey.work)))} ms with the extension, ${ms(median(off.map((r) => r.perKey.work)))} without: ${work >= 0 ? '+' : ''}${ms(work)} ms (${share(work)}; everything the extension does, reading and messaging too)`,
  );
  console.log(
    `  Chromium main-thread task time per keystroke (noisy: input dispatch): ${ms(median(on.map((r) => r.perKey.task)))} ms with, ${ms(median(off.map((r) => r.perKey.task)))} without: ${task >= 0 ? '+' : ''}${ms(task)} ms`,
  );
}

const session = await launchExtension();
await serveHelpdesk(session.context, ROUTES);
await allowClipboard(session.context);
const plainDir = mkdtempSync(join(tmpdir(), 'ea-bench-plain-'));
const plain = await chromium.launchPersistentContext(plainDir, {
  executablePath: CHROME_PATH,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: CHROMIUM_ARGS,
});
await serveHelpdesk(plain, ROUTES);
await allowClipboard(plain);
try {
  console.log(
    `Inline warnings: ${KEYSTROKES} keystrokes × ${ROUNDS} rounds per editor, ${KEY_DELAY_MS} ms apart, at the end of a ${draft2k().join('\n').length}-character draft; with and without the extension, rounds interleaved (target ≤ ${TARGET_MS} ms per keystroke)`,
  );
  for (const site of EDITORS) {
    const on: Round[] = [];
    const off: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      on.push(await roundWithExtension(session.context, site));
      off.push(await roundWithout(plain, site));
    }
    report(site.name, on, off);
  }
} finally {
  await session.close();
  await plain.close();
  rmSync(plainDir, { recursive: true, force: true });
}
