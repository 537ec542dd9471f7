/**
 * The real side panel, as an agent opens it: beside the helpdesk tab, following the window's
 * active tab and the single-page app's navigation. (Other tests render the same page in a tab of
 * its own, which Playwright can drive; this one checks the real panel through DevTools.)
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  evaluateInSidePanel,
  FIXTURE_ROUTES,
  launchExtension,
  openSidePanel,
  serveHelpdesk,
  spaNavigate,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
});
afterAll(() => session?.close());

/** The subject the real side panel shows, or null while it shows none. */
function panelSubject(): Promise<unknown> {
  return evaluateInSidePanel(
    session,
    `document.querySelector('[data-testid="subject"]')?.textContent ?? null`,
  );
}

test('the real side panel opens beside a HelpScout ticket and shows it', async () => {
  const page = await session.context.newPage();
  await page.goto('https://secure.helpscout.net/conversation/2001/1042?folderId=1');
  expect(await openSidePanel(session, page)).toBe('opened');
  await expect.poll(panelSubject, { timeout: 10_000 }).toBe('Box arrived crushed');
  const headline = await evaluateInSidePanel(session, `document.body.innerText`);
  expect(headline).toContain('Escalate to Level 4');
});

test('it follows the single-page app to the next ticket', async () => {
  const page = session.context.pages().find((p) => p.url().includes('/conversation/2001/1042'))!;
  await spaNavigate(page, '/conversation/2002/1043');
  await expect.poll(panelSubject, { timeout: 10_000 }).toBe('Question about ingredients');
});

test('it follows the active tab: a Gorgias ticket in another tab, then back', async () => {
  const helpscout = session.context.pages().find((p) => p.url().includes('/conversation/2002'))!;
  const gorgias = await session.context.newPage();
  await gorgias.goto('https://acme.gorgias.com/app/ticket/31000');
  await gorgias.bringToFront();
  await expect.poll(panelSubject, { timeout: 10_000 }).toBe('Never received my order');
  await helpscout.bringToFront();
  await expect.poll(panelSubject, { timeout: 10_000 }).toBe('Question about ingredients');
});
