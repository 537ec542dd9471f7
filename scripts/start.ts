/**
 * `npm start`: opens Chromium with the freshly built extension on a demo HelpScout ticket (a saved
 * page served at its real URL) and the side panel beside it.
 *
 *   npm start                                   # a window, on a machine with a display
 *   npm start -- --headless --screenshot FILE   # no display: saves what the panel shows
 *
 * The demo uses the same harness as the end-to-end tests; nothing leaves the machine.
 */
import { resolve } from 'node:path';
import { launchExtension, openPanel, serveHelpdesk, tabIdOf } from '../test/e2e/harness';

const DEMO_URL = 'https://secure.helpscout.net/conversation/2001/1042?folderId=1';

function parseArgs(argv: string[]): { headless: boolean; screenshot?: string } {
  const screenshotAt = argv.indexOf('--screenshot');
  const screenshot = screenshotAt >= 0 ? argv[screenshotAt + 1] : undefined;
  if (screenshotAt >= 0 && !screenshot) throw new Error('--screenshot needs a file name');
  return { headless: argv.includes('--headless') || screenshot !== undefined, screenshot };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'No display found. Run `npm start -- --headless --screenshot panel.png` to save what the panel shows.',
    );
    process.exitCode = 2;
    return;
  }
  const session = await launchExtension({ headless: options.headless });
  await serveHelpdesk(session.context, { '/conversation/2001/1042': 'helpscout/demo-ticket.html' });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(DEMO_URL);
  const tabId = await tabIdOf(session, page);

  if (options.screenshot) {
    const panel = await openPanel(session, tabId, { width: 400, height: 1100 });
    await panel.waitForSelector('[data-evaluated-at], [data-testid="subject"]', {
      timeout: 15_000,
    });
    await panel.waitForTimeout(500);
    const file = resolve(options.screenshot);
    await panel.screenshot({ path: file, fullPage: true });
    console.log(`Saved the side panel on the demo ticket to ${file}`);
    await session.close();
    return;
  }

  // A narrow window bound to the demo tab stands in for the side panel; the real one opens from
  // the toolbar button (Chrome opens side panels only on a user gesture).
  const sw = await session.serviceWorker();
  await sw.evaluate(
    (id) =>
      chrome.windows.create({
        url: `sidepanel.html?tabId=${id}`,
        type: 'popup',
        width: 420,
        height: 900,
      }),
    tabId,
  );
  console.log(
    'Escalation Assist is running on a demo HelpScout ticket. Close the browser to stop.',
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
