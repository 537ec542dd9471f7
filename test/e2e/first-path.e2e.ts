import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchExtension,
  openPanel,
  serveHelpdesk,
  tabIdOf,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await serveHelpdesk(session.context, { '/conversation/2001/1042': 'helpscout/demo-ticket.html' });
});
afterAll(() => session?.close());

test('a HelpScout ticket page reaches the side panel: the panel shows its subject', async () => {
  const page = await session.context.newPage();
  await page.goto('https://secure.helpscout.net/conversation/2001/1042?folderId=1');
  const panel = await openPanel(session, await tabIdOf(session, page));
  await expect
    .poll(() => panel.getByTestId('subject').textContent(), { timeout: 10_000 })
    .toBe('Box arrived crushed');
});
