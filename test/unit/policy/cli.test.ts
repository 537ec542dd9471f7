/** The contract's CLI (section 7), run as a user runs it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'policy/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

test('eval: one line out per line in; a bad line reports its number and the run goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ea-cli-'));
  const file = join(dir, 'tickets.jsonl');
  const good = JSON.stringify({
    messages: [{ id: 'm1', author: 'customer', body: 'Where is my order?' }],
  });
  writeFileSync(
    file,
    [good, '{not json', JSON.stringify({ messages: [{ id: 1 }] }), good].join('\n') + '\n',
  );
  const run = cli('eval', file);
  expect(run.status).toBe(1);
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(4);
  expect(lines[0].tier.level).toBe(1);
  expect(lines[1].error).toEqual({ line: 2, message: expect.stringMatching(/^not JSON/) });
  expect(lines[2].error).toEqual({ line: 3, message: expect.stringMatching(/messages\.0\.id/) });
  expect(lines[3].policyVersion).toBe(lines[0].policyVersion);
  expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
});

test('check: validates the bundled policy and runs its examples', () => {
  const run = cli('check');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/valid, version .* examples passed/);
});

test('check: a broken file gets a clear message, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ea-cli-'));
  const file = join(dir, 'policy.json');
  writeFileSync(file, '{"version": "soon"');
  const run = cli('check', file);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/does not parse/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('schema: prints a JSON Schema', () => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', resolve(ROOT, 'policy/cli/main.ts'), 'schema'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const schema = JSON.parse(out);
  expect(schema.$schema).toMatch(/json-schema/);
  expect(schema.properties.thresholds.properties.refundAmount.type).toBe('number');
});

test('eval: a null optional field is an absent one; a null messages list is still an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ea-cli-'));
  const file = join(dir, 'tickets.jsonl');
  const withNulls = JSON.stringify({
    subject: null,
    mailbox: null,
    customer: { name: 'Ana', priorRefunds: null },
    messages: [{ id: 'n1', author: 'note', at: null, body: 'Cx asked where her order is.' }],
    draft: null,
  });
  writeFileSync(file, [withNulls, JSON.stringify({ messages: null })].join('\n') + '\n');
  const run = cli('eval', file);
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines[0].tier.level).toBe(1);
  expect(lines[1].error).toEqual({
    line: 2,
    message: expect.stringMatching(/^not a valid ticket: messages/),
  });
});
