/**
 * `npm run icons`: renders assets/icon.svg into the PNG sizes the manifests use
 * (public/icon-<size>.png, which WXT adds to the manifest by itself). Uses the same Chromium as
 * the tests, so no image tool is needed; the PNGs are committed, so builds never run this.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../test/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
      );
      await page.waitForFunction(() => document.images[0]?.complete);
      const file = resolve(ROOT, `public/icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      await page.close();
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm run icons: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
