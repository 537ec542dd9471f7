/**
 * Reading the open ticket in real Chromium: saved pages at their real helpdesk URLs, the
 * production content scripts, single-page navigation, and the host page left untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TicketSnapshot } from '../../utils/messages';
import {
  appendLawyerMessage,
  FIXTURES,
  FIXTURE_ROUTES,
  launchExtension,
  openPanel,
  serveHelpdesk,
  spaNavigate,
  tabIdOf,
  waitForEvaluation,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
});
afterAll(() => session?.close());

async function openTicket(url: string) {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page));
  return { page, panel, errors };
}

test('HelpScout: the panel follows the single-page app from ticket to ticket', async () => {
  const { page, panel, errors } = await openTicket(
    'https://secure.helpscout.net/conversation/2001/1042?folderId=1',
  );
  await waitForEvaluation(panel, 'helpscout:1042');
  await expect.poll(() => panel.getByTestId('subject').textContent()).toBe('Box arrived crushed');
  expect(await panel.locator('[data-trigger="chargeback_threat"]').count()).toBe(1);

  await spaNavigate(page, '/conversation/2002/1043');
  await waitForEvaluation(panel, 'helpscout:1043');
  await expect
    .poll(() => panel.getByTestId('subject').textContent())
    .toBe('Question about ingredients');
  // Nothing of the previous ticket shows against the new one.
  expect(await panel.locator('[data-trigger]').count()).toBe(0);
  expect(await panel.getByTestId('brand').textContent()).toBe('HB');
  expect(errors).toEqual([]);
});

test('Gorgias: ticket to ticket, internal note read, store name gives the brand', async () => {
  const { page, panel, errors } = await openTicket('https://acme.gorgias.com/app/ticket/31000');
  await waitForEvaluation(panel, 'gorgias:31000');
  expect(await panel.getByTestId('brand').textContent()).toBe('HB');
  expect(await panel.locator('[data-trigger="dnr_escalation"]').count()).toBe(1);
  await spaNavigate(page, '/app/views/12/32000');
  await waitForEvaluation(panel, 'gorgias:32000');
  await expect
    .poll(() => panel.getByTestId('subject').textContent())
    .toBe('Promo code not working');
  expect(await panel.locator('[data-trigger="dnr_escalation"]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a new message arriving in the thread re-evaluates the ticket', async () => {
  const { page, panel } = await openTicket('https://secure.helpscout.net/conversation/2002/1043');
  await waitForEvaluation(panel, 'helpscout:1043');
  expect(await panel.locator('[data-trigger="legal_threat"]').count()).toBe(0);
  await appendLawyerMessage(page, 'thread-9102');
  await panel.waitForSelector('[data-trigger="legal_threat"]', { timeout: 5_000 });
});

test('lists and unknown layouts produce an empty state that says why', async () => {
  const inbox = await openTicket('https://secure.helpscout.net/inboxes/1a2b/views/1');
  await expect
    .poll(() => inbox.panel.getByTestId('empty-state').textContent())
    .toMatch(/No ticket is open/);
  const unknown = await openTicket('https://secure.helpscout.net/conversation/2060/1060');
  // A conversation URL without a thread may still be loading: it is waited for (1.5 s) before
  // it is called an unknown layout.
  await expect
    .poll(() => unknown.panel.getByTestId('empty-state').textContent(), { timeout: 5_000 })
    .toMatch(/layout is not one/);
});

test('the app DOM is never modified; a quote click highlights its message in an overlay', async () => {
  const { page, panel } = await openTicket('https://secure.helpscout.net/conversation/2001/1042');
  await waitForEvaluation(panel, 'helpscout:1042');
  const before = await page.locator('main').evaluate((el) => el.outerHTML);
  await panel.locator('[data-trigger="chargeback_threat"] .quote').first().click();
  await page.waitForSelector('[data-message-highlight]', { timeout: 5_000 });
  expect(await page.locator('main').evaluate((el) => el.outerHTML)).toBe(before);
});

test('HelpScout legacy UI reads too', async () => {
  const { panel } = await openTicket('https://secure.helpscout.net/conversation/1877/877');
  await waitForEvaluation(panel, 'helpscout:877');
  expect(await panel.locator('[data-trigger="bank_or_gateway_contact"]').count()).toBe(1);
  await expect.poll(() => panel.getByTestId('reading-notes').textContent()).toMatch(/orders/);
});

/** The content script's answer to the panel's "read the page now", asked through the worker. */
async function askSnapshot(page: Page): Promise<TicketSnapshot | undefined> {
  const tabId = await tabIdOf(session, page);
  const sw = await session.serviceWorker();
  return sw.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'request-snapshot' }) as Promise<TicketSnapshot>,
    tabId,
  );
}

/** Every saved page with an expected reading, at the URL the unit tests read it under. */
const SAVED = Object.entries(FIXTURE_ROUTES)
  .map(([path, file]) => {
    const expectedFile = join(FIXTURES, file.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expectedFile)) return null;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Omit<
      TicketSnapshot,
      'url' | 'ticketKey' | 'seq' | 'readAt'
    >;
    const origin = file.startsWith('gorgias/')
      ? 'https://acme.gorgias.com'
      : 'https://secure.helpscout.net';
    return { file, url: expected.ticket?.url ?? origin + path, expected };
  })
  .filter((entry) => entry !== null);

/** The page's body without the extension's own layers, and the same page as first served. */
function appDom(page: Page, file: string) {
  return page.evaluate(
    (html) => {
      const live = document.body.cloneNode(true) as HTMLElement;
      live.querySelectorAll('[id^="escalation-assist-"]').forEach((node) => node.remove());
      const served = new DOMParser().parseFromString(html, 'text/html').body;
      return { live: live.outerHTML, served: served.outerHTML };
    },
    readFileSync(join(FIXTURES, file), 'utf8'),
  );
}

test.each(SAVED)(
  '$file at its real URL reads in Chromium exactly as in the unit tests, page untouched',
  async ({ file, url, expected }) => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await expect
      .poll(
        async () => {
          const snapshot = await askSnapshot(page);
          if (!snapshot) return null;
          const { status, site, ticket, report } = snapshot;
          return JSON.parse(JSON.stringify({ status, site, ticket, report }));
        },
        { timeout: 8_000 },
      )
      .toEqual(expected);
    const dom = await appDom(page, file);
    expect(dom.live).toBe(dom.served);
    expect(errors).toEqual([]);
    await page.close();
  },
);

test('URL first, thread later: the panel never shows the previous ticket under the new one', async () => {
  const { page, panel, errors } = await openTicket(
    'https://secure.helpscout.net/conversation/2001/1042',
  );
  await waitForEvaluation(panel, 'helpscout:1042');
  // Every (ticket key, subject) pair the panel ever shows, recorded in the panel itself.
  await panel.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const note = () => {
      const key = document.querySelector('.panel')?.getAttribute('data-ticket-key') ?? '';
      const subject = document.querySelector('[data-testid="subject"]')?.textContent ?? '';
      const pair = `${key}|${subject}`;
      if (seen[seen.length - 1] !== pair) seen.push(pair);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    note();
  });
  const html = await page.evaluate(async () => (await fetch('/conversation/2002/1043')).text());
  await page.evaluate(() => history.pushState({}, '', '/conversation/2002/1043'));
  // The app waits for the new conversation's data: the old thread stays on screen meanwhile,
  // and the panel says it is waiting rather than "no ticket open".
  await expect
    .poll(() => panel.getByRole('heading', { name: 'Opening the ticket' }).count())
    .toBe(1);
  expect(await panel.getByTestId('empty-reason').textContent()).toMatch(/to load…$/);
  await page.waitForTimeout(700);
  await page.evaluate((text) => {
    const next = new DOMParser().parseFromString(text, 'text/html');
    document.title = next.title;
    document.body.replaceChildren(
      ...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)),
    );
  }, html);
  await waitForEvaluation(panel, 'helpscout:1043');
  await expect
    .poll(() => panel.getByTestId('subject').textContent())
    .toBe('Question about ingredients');
  const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen[0]).toBe('helpscout:1042|Box arrived crushed');
  expect(seen.filter((pair) => pair.startsWith('helpscout:1043|'))).toEqual([
    'helpscout:1043|Question about ingredients',
  ]);
  expect(
    seen.some((pair) => pair.includes('Box arrived crushed') && !pair.startsWith('helpscout:1042')),
  ).toBe(false);
  expect(errors).toEqual([]);
});

test('expanding a collapsed thread reads the messages it reveals', async () => {
  const page = await session.context.newPage();
  await page.goto('https://secure.helpscout.net/conversations/2090/1090?viewId=3');
  await expect.poll(async () => (await askSnapshot(page))?.ticket?.messages.length).toBe(2);
  expect((await askSnapshot(page))?.report.notes.join(' ')).toMatch(/3 earlier messages/);
  // What the app does on "show earlier messages": the control gives way to the threads.
  await page.evaluate(() => {
    const control = document.querySelector('[data-testid="show-more-threads"]')!.closest('li')!;
    const threads = [9502, 9503, 9504].map((id) => {
      const item = document.createElement('li');
      item.id = `thread-${id}`;
      item.className = id === 9503 ? '' : 'is-customer';
      item.append(document.createElement('hr'), `Message ${id}`);
      return item;
    });
    control.replaceWith(...threads);
  });
  await expect
    .poll(async () => (await askSnapshot(page))?.ticket?.messages.map((m) => m.id))
    .toEqual(['9501', '9502', '9503', '9504', '9505']);
  expect((await askSnapshot(page))?.report.notes.join(' ')).not.toMatch(/collapsed/);
  await page.close();
});

test('opening a reply and typing in it: the draft follows, the editor is left alone', async () => {
  const { page, panel } = await openTicket('https://secure.helpscout.net/conversation/2002/1043');
  await waitForEvaluation(panel, 'helpscout:1043');
  // The reply button opens the composer (the app renders it).
  await page.evaluate(() => {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-cy', 'ReplyEditor');
    const box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('aria-label', 'Reply');
    wrapper.append(box);
    document.querySelector('main')!.append(wrapper);
  });
  await page.locator('[data-cy="ReplyEditor"] [role="textbox"]').click();
  await page.keyboard.type('Hi Omar, it contains no soy.');
  await expect
    .poll(async () => (await askSnapshot(page))?.ticket?.draft)
    .toBe('Hi Omar, it contains no soy.');
  expect(await page.locator('[data-cy="ReplyEditor"] [role="textbox"]').innerHTML()).toBe(
    'Hi Omar, it contains no soy.',
  );
});

test('after a reload, the panel shows the reloaded page, not the reading before it', async () => {
  const { page, panel } = await openTicket('https://secure.helpscout.net/conversation/2002/1043');
  await waitForEvaluation(panel, 'helpscout:1043');
  // A message only this load of the page shows (the reload serves the saved page again).
  await appendLawyerMessage(page, 'thread-9102');
  await panel.waitForSelector('[data-trigger="legal_threat"]', { timeout: 5_000 });
  // The new page's content script counts its readings afresh, on the same URL.
  await page.reload();
  await expect
    .poll(() => panel.locator('[data-trigger="legal_threat"]').count(), { timeout: 5_000 })
    .toBe(0);
  await waitForEvaluation(panel, 'helpscout:1043');
  await page.close();
});

// Last in this file: it reloads the extension under the open pages.
test('after the extension is reloaded, the orphaned content script stays quiet in the page', async () => {
  const page = await session.context.newPage();
  const errors: string[] = [];
  const console: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
  });
  await page.goto('https://secure.helpscout.net/conversation/2001/1042');
  await expect.poll(async () => (await askSnapshot(page))?.ticketKey).toBe('helpscout:1042');
  const sw = await session.serviceWorker();
  await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The worker may not start again until an event needs it; the old script is orphaned now.
  await page.waitForTimeout(1_500);
  // The app goes on: new messages, re-renders, navigation. The old script must not react.
  for (let i = 0; i < 5; i++) {
    await page.evaluate((n) => {
      const item = document.createElement('li');
      item.id = `thread-99${n}`;
      item.className = 'is-customer';
      item.append(document.createElement('hr'), `Message ${n}`);
      document.querySelector('ol[aria-label="Thread Items"]')!.append(item);
      history.pushState({}, '', n % 2 ? '/conversation/2001/1042' : '/conversation/2001/1042?x=1');
    }, i);
    await page.waitForTimeout(300);
  }
  expect(errors).toEqual([]);
  expect(console.filter((text) => /Escalation Assist|context invalidated/i.test(text))).toEqual([]);
  await page.close();
});
