/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn, each in its own process, and prints
 * their figures. Figures and ratios only: nothing here passes or fails on timing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname);
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  } catch {
    failed++;
    console.log(`(${file} did not finish)`);
  }
}
process.exitCode = failed ? 1 : 0;
