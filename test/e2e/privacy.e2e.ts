/**
 * Privacy audit: a full session on the fixtures (settings saved, tickets opened on HelpScout and
 * Gorgias, the side panel used, a reply typed in the editor, the policy synced from the panel)
 * with every network request recorded twice over:
 *
 * - inside the browser, every request Playwright sees from any page (helpdesk tabs with their
 *   content scripts, the extension's own pages) and from the service worker;
 * - outside it, a recording proxy every request must pass through (loopback included), so a
 *   request from a context Playwright does not see still shows up.
 *
 * The helpdesk pages' own requests (their navigations, answered by routing) are told apart from
 * the extension's; the extension's may go to the policy URL (and its ".sig") only, and no
 * request at all, nor the policy server's log, may carry any of the tickets' content.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../../policy/index';
import {
  FIXTURE_ROUTES,
  FIXTURES,
  launchExtension,
  openPanel,
  serveHelpdesk,
  spaNavigate,
  tabIdOf,
  waitForEvaluation,
  type ExtensionSession,
} from './harness';
import { PolicyServer, POLICY_PATH } from './policy-server';

const HELPDESK = /^https:\/\/(secure\.helpscout\.net|[a-z0-9-]+\.gorgias\.com)\//;
const TYPED = "Hi Dana, so sorry about this. You'll receive a full refund today.";

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  /** 'service-worker', or the URL of the page (tab) that made it. */
  from: string;
  navigation: boolean;
  resourceType: string;
}

/** An HTTP proxy that logs every request and tunnel, and forwards plain http only. */
class RecordingProxy {
  readonly log: { target: string; method: string; headers: string; body: string }[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        this.log.push({
          target: req.url ?? '',
          method: req.method ?? '',
          headers: JSON.stringify(req.headers),
          body: body.toString('utf8'),
        });
        const upstream = httpRequest(req.url ?? '', { method: req.method, headers: req.headers });
        upstream.on('response', (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.writeHead(502).end());
        upstream.end(body);
      });
    });
    // https would be tunnelled: logged, never connected.
    this.server.on('connect', (req, socket: Socket) => {
      this.log.push({ target: req.url ?? '', method: 'CONNECT', headers: '', body: '' });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

/** Distinctive pieces of every ticket opened: subjects, names, e-mails, words of each message. */
function ticketContent(files: string[]): string[] {
  const pieces = new Set<string>();
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
      ticket?: {
        subject?: string;
        customer?: { name?: string; email?: string };
        messages: { body: string }[];
      };
    };
    const ticket = expected.ticket;
    if (!ticket) continue;
    for (const text of [ticket.subject, ticket.customer?.name, ticket.customer?.email])
      if (text && text.length >= 6) pieces.add(text);
    for (const { body } of ticket.messages) {
      // Any run of five words is enough to recognise a message, whatever was cut around it.
      const words = body.split(/\s+/).filter(Boolean);
      for (let i = 0; i + 5 <= words.length; i += 5) pieces.add(words.slice(i, i + 5).join(' '));
    }
  }
  return [...pieces];
}

const CONTENT = [
  ...ticketContent([
    'helpscout/demo-ticket.expected.json',
    'helpscout/second-ticket.expected.json',
    'gorgias/ticket.expected.json',
  ]),
  TYPED.slice(0, 30),
  'Dana Reyes',
];

/** Which pieces of ticket content `text` carries (also percent- or form-encoded). */
function leaked(text: string): string[] {
  const forms = [text];
  try {
    forms.push(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    // Not percent-encoded.
  }
  const haystack = forms.join('\n').toLowerCase();
  return CONTENT.filter((piece) => haystack.includes(piece.toLowerCase()));
}

let session: ExtensionSession;
let server: PolicyServer;
let proxy: RecordingProxy;
const seen: Seen[] = [];
/** Paths the test itself fetched in a helpdesk page to move it, SPA style. */
const spaMoves: string[] = [];

function record(request: Request): void {
  const worker = request.serviceWorker();
  const frame = worker ? null : request.frame();
  seen.push({
    url: request.url(),
    method: request.method(),
    headers: request.headers(),
    body: request.postData() ?? '',
    from: worker ? 'service-worker' : frame!.page()?.url() || frame!.url(),
    navigation: request.isNavigationRequest(),
    resourceType: request.resourceType(),
  });
}

beforeAll(async () => {
  server = new PolicyServer();
  await server.start();
  server.served = {
    body: JSON.stringify({ ...DEFAULT_POLICY, version: '2026.12.10-1' }),
    etag: '"p1"',
  };
  proxy = new RecordingProxy();
  await proxy.start();
  session = await launchExtension({
    // Loopback too: the policy server's traffic is seen by the proxy like any other host's.
    args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  session.context.on('request', record);
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
}, 60_000);
afterAll(async () => {
  await session?.close();
  await server?.stop();
  await proxy?.stop();
});

async function openTicket(path: string, ticketKey: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(`https://${path}`);
  const panel = await openPanel(session, await tabIdOf(session, page));
  await waitForEvaluation(panel, ticketKey);
  return { page, panel };
}

test('a full session: settings, tickets, panel, editor and sync', async () => {
  const extension = `chrome-extension://${session.extensionId}`;

  // Settings: name, level and the team's policy URL, saved with the button.
  const options = await session.context.newPage();
  await options.goto(`${extension}/options.html`);
  await options.getByLabel('Your name').fill('Sam Agent');
  await options.getByLabel('Your level').selectOption('2');
  await options.getByLabel('Policy URL').fill(server.policyUrl);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => options.getByTestId('options-policy').textContent(), { timeout: 20_000 })
    .toMatch(/2026\.12\.10-1/);

  // HelpScout: a ticket, a fact entered in the panel, then an SPA move to the next ticket.
  const first = await openTicket('secure.helpscout.net/conversation/2001/1042', 'helpscout:1042');
  await first.panel.getByLabel('Refund amount ($)').fill('249');
  spaMoves.push('/conversation/2002/1043');
  await spaNavigate(first.page, '/conversation/2002/1043');
  await waitForEvaluation(first.panel, 'helpscout:1043');

  // Gorgias.
  await openTicket('acme.gorgias.com/app/ticket/31000', 'gorgias:31000');

  // A reply typed in the editor, until the inline warning is drawn.
  const inline = await openTicket('secure.helpscout.net/conversation/2001/1042', 'helpscout:1042');
  await inline.page.bringToFront();
  await inline.page.click('[data-cy="ReplyEditor"] [role="textbox"]');
  await inline.page.keyboard.type(TYPED, { delay: 5 });
  await expect
    .poll(() =>
      inline.page.evaluate(
        () =>
          document.getElementById('escalation-assist-inline')?.shadowRoot?.querySelectorAll('.mark')
            .length ?? 0,
      ),
    )
    .toBeGreaterThan(0);

  // Sync now, from the panel: the server has a newer policy.
  server.served = {
    body: JSON.stringify({ ...DEFAULT_POLICY, version: '2026.12.11-1' }),
    etag: '"p2"',
  };
  await inline.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => inline.panel.getByTestId('policy-version').textContent())
    .toBe('2026.12.11-1');
  // Let anything queued (storage writes, late fetches) go out before the audit.
  await inline.page.waitForTimeout(1_000);
}, 90_000);

test('the extension requested nothing but the policy URL', () => {
  const extension = `chrome-extension://${session.extensionId}/`;
  const allowed = new Set([server.policyUrl, `${server.policyUrl}.sig`]);
  // A tab loading a helpdesk URL, or the test moving a helpdesk page SPA style: the page's own.
  const pageOwn = (r: Seen) =>
    HELPDESK.test(r.url) &&
    r.from !== 'service-worker' &&
    !r.from.startsWith(extension) &&
    r.method === 'GET' &&
    ((r.navigation && r.resourceType === 'document') ||
      (HELPDESK.test(r.from) &&
        r.resourceType === 'fetch' &&
        spaMoves.includes(new URL(r.url).pathname)));
  const extensionRequests = seen.filter((r) => !pageOwn(r));
  const network = extensionRequests.filter(
    (r) => !r.url.startsWith(extension) && !/^(data|blob):/.test(r.url),
  );
  // The audit saw the extension at work at all: the sync from the worker and the pages' loads.
  expect(network.some((r) => r.from === 'service-worker')).toBe(true);
  expect(extensionRequests.some((r) => r.url.startsWith(extension))).toBe(true);
  expect(network.filter((r) => !allowed.has(r.url))).toEqual([]);
  expect(network.every((r) => r.method === 'GET' && r.body === '')).toBe(true);
});

test('no request carries ticket content, in the browser or out of it', () => {
  expect(CONTENT.length).toBeGreaterThan(20);
  // The check can fail: a ticket's own page carries its content.
  expect(leaked(readFileSync(join(FIXTURES, 'helpscout/demo-ticket.html'), 'utf8'))).not.toEqual(
    [],
  );
  const inBrowser = seen
    .filter((r) => !(r.navigation && HELPDESK.test(r.url)))
    .map((r) => ({
      url: r.url,
      leaked: leaked([r.url, JSON.stringify(r.headers), r.body].join('\n')),
    }))
    .filter((r) => r.leaked.length);
  expect(inBrowser).toEqual([]);
  const outOfBrowser = proxy.log
    .map((r) => ({ target: r.target, leaked: leaked([r.target, r.headers, r.body].join('\n')) }))
    .filter((r) => r.leaked.length);
  expect(outOfBrowser).toEqual([]);
  const atServer = server.requests
    .map((r) => ({ url: r.url, leaked: leaked([r.url, JSON.stringify(r.headers), r.body].join()) }))
    .filter((r) => r.leaked.length);
  expect(atServer).toEqual([]);
});

/** Chromium's own background services (updates, sign-in, autofill): the browser's, not ours. */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

const hostOf = (target: string) =>
  /^[a-z]+:\/\//.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');

test('what left the browser: the policy server, and nothing of ours anywhere else', () => {
  const policyTargets = new Set([server.policyUrl, `${server.policyUrl}.sig`]);
  const extensionOrigin = `chrome-extension://${session.extensionId}`;
  expect(proxy.log.filter((r) => policyTargets.has(r.target)).length).toBeGreaterThan(0);
  const elsewhere = proxy.log.filter((r) => !policyTargets.has(r.target));
  // Loopback is the policy server only.
  expect(elsewhere.filter((r) => /^(127\.0\.0\.1|localhost)$/.test(hostOf(r.target)))).toEqual([]);
  // Helpdesk hosts: only the browser opening a tunnel ahead of a routed page load, refused.
  const helpdesk = elsewhere.filter((r) => HELPDESK.test(`https://${hostOf(r.target)}/`));
  expect(helpdesk.filter((r) => r.method !== 'CONNECT')).toEqual([]);
  // Anything else is the browser's own services, and none of it says it came from us.
  const rest = elsewhere.filter((r) => !helpdesk.includes(r));
  expect(rest.filter((r) => !BROWSER_SERVICES.test(hostOf(r.target)))).toEqual([]);
  expect(rest.filter((r) => `${r.headers}${r.body}`.includes(extensionOrigin))).toEqual([]);

  expect(server.requests.length).toBeGreaterThan(0);
  for (const r of server.requests) {
    expect([POLICY_PATH, `${POLICY_PATH}.sig`]).toContain(r.url);
    expect(r.headers.cookie).toBeUndefined();
    expect(r.headers.referer).toBeUndefined();
    expect(r.body).toBe('');
  }
});
