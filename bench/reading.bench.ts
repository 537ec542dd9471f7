/**
 * Reading speed and weight (issue 4): figures and ratios, never assertions.
 * - reading the 200-message fixtures (HelpScout, Gorgias) in Node, on happy-dom (what the unit
 *   tests use) and on linkedom, target ≤ 20 ms;
 * - the same reading by the production content script in real Chromium: each re-read the
 *   content script does is timed between User Timing marks (`ea-read`, see sites/watcher.ts)
 *   and collected from the page, target ≤ 20 ms;
 * - the content scripts' own bundles, minified (target ≤ 60 KB, no React in them).
 *
 * The extension is `EA_DIST` when set, else a fresh build in `.output-bench/`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { gorgiasSite } from '../sites/gorgias/index';
import { helpscoutSite } from '../sites/helpscout/index';
import type { Site } from '../sites/site';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const TARGET_MS = 20;
const BUNDLE_TARGET_KB = 60;
const RUNS = Number(process.env.READING_BENCH_RUNS ?? 50);

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

function line(label: string, samples: number[]): void {
  const median = quantile(samples, 0.5);
  console.log(
    `${label}: median ${median.toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms over ${samples.length} reads (target ≤ ${TARGET_MS} ms: ${(median / TARGET_MS).toFixed(2)}× of budget)`,
  );
}

const LONG: { name: string; file: string; url: string; site: Site }[] = [
  {
    name: 'HelpScout 200 messages',
    file: 'helpscout/long-thread.html',
    url: 'https://secure.helpscout.net/conversation/2100/1100',
    site: helpscoutSite,
  },
  {
    name: 'Gorgias 200 messages',
    file: 'gorgias/long-thread.html',
    url: 'https://acme.gorgias.com/app/views/7/33000',
    site: gorgiasSite,
  },
];

function timeReads(doc: Document, url: URL, site: Site): number[] {
  const messages = site.read(doc, url).ticket?.messages.length ?? 0;
  if (messages !== 200) throw new Error(`read ${messages} messages, expected 200`);
  for (let i = 0; i < 5; i++) site.read(doc, url); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    site.read(doc, url);
    samples.push(performance.now() - t0);
  }
  return samples;
}

console.log('--- Node');
for (const fixture of LONG) {
  const html = readFileSync(join(FIXTURES, fixture.file), 'utf8');
  const url = new URL(fixture.url);
  const happy = new Window({ url: fixture.url });
  const happyDoc = new happy.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  line(`${fixture.name}, happy-dom`, timeReads(happyDoc, url, fixture.site));
  await happy.happyDOM.close();
  try {
    const { document } = parseHTML(html);
    line(
      `${fixture.name}, linkedom`,
      timeReads(document as unknown as Document, url, fixture.site),
    );
  } catch (error) {
    console.log(`${fixture.name}, linkedom: not measured (${(error as Error).message})`);
  }
}

if (!process.env.EA_DIST) {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: '.output-bench' },
    stdio: 'ignore',
  });
  process.env.EA_DIST = '.output-bench/chrome-mv3';
}
// The harness reads EA_DIST when it loads.
const { DIST, FIXTURE_ROUTES, launchExtension, serveHelpdesk } =
  await import('../test/e2e/harness');

console.log('--- content-script bundles (minified, as built)');
const scripts = join(DIST, 'content-scripts');
for (const file of readdirSync(scripts).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(scripts, file));
  const kb = statSync(join(scripts, file)).size / 1024;
  // React's element symbols and its internals' name survive minification.
  const react = /react\.(transitional\.)?element|__SECRET_INTERNALS|__CLIENT_INTERNALS/.test(
    code.toString('utf8'),
  );
  console.log(
    `${file}: ${kb.toFixed(1)} KB (${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped), target ≤ ${BUNDLE_TARGET_KB} KB: ${(kb / BUNDLE_TARGET_KB).toFixed(2)}× of budget; React inside: ${react ? 'YES' : 'no'}`,
  );
}

console.log('--- real Chromium, the production content script');
const session = await launchExtension();
try {
  await serveHelpdesk(session.context, FIXTURE_ROUTES);
  for (const fixture of LONG) {
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    const lastRead = () =>
      page.evaluate(() => {
        const entry = performance.getEntriesByName('ea-read').pop();
        return entry ? { at: entry.startTime, ms: entry.duration } : null;
      });
    await page.waitForFunction(() => performance.getEntriesByName('ea-read').length > 0, null, {
      timeout: 10_000,
    });
    const samples: number[] = [];
    let previous = await lastRead();
    for (let i = 0; i < RUNS + 3; i++) {
      // A class change is a mutation the watcher observes: one debounced re-read each.
      await page.evaluate((n) => document.body.setAttribute('class', `bench-${n}`), i);
      await page.waitForFunction(
        (at) => {
          const entry = performance.getEntriesByName('ea-read').pop();
          return entry !== undefined && entry.startTime !== at;
        },
        previous?.at ?? -1,
        { timeout: 5_000 },
      );
      previous = await lastRead();
      if (i >= 3 && previous) samples.push(previous.ms); // the first reads warm the JIT up
    }
    line(`${fixture.name}, Chromium content script`, samples);
    await page.close();
  }
} finally {
  await session.close();
}
