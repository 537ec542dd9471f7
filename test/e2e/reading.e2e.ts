/**
 * Reading the open ticket in real Chromium: saved pages at their real helpdesk URLs, the
 * production content scripts, single-page navigation, and the host page left untouched.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
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
  await page.evaluate(() => {
    const item = document.createElement('li');
    item.id = 'thread-9102';
    item.className = 'is-customer';
    item.innerHTML =
      '<div><time datetime="2026-11-22T11:00:00Z">now</time></div><hr><div><p>Answer me or I will get my lawyer involved.</p></div>';
    document.querySelector('ol[aria-label="Thread Items"]')!.append(item);
  });
  await panel.waitForSelector('[data-trigger="legal_threat"]', { timeout: 5_000 });
});

test('lists and unknown layouts produce an empty state that says why', async () => {
  const inbox = await openTicket('https://secure.helpscout.net/inboxes/1a2b/views/1');
  await expect
    .poll(() => inbox.panel.getByTestId('empty-state').textContent())
    .toMatch(/No ticket is open/);
  const unknown = await openTicket('https://secure.helpscout.net/conversation/2060/1060');
  await expect
    .poll(() => unknown.panel.getByTestId('empty-state').textContent())
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
