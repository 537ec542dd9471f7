/** The bundled policy: valid, its examples pass, and the shipped JSON matches the YAML source. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { DEFAULT_POLICY, validatePolicy } from '../../../policy/index';
import { compileDefaultPhrases, compileDefaultPolicy } from '../../../scripts/compile-policy';

const ROOT = resolve(import.meta.dirname, '../../..');
const source = () => parse(readFileSync(resolve(ROOT, 'policy/default-policy.yaml'), 'utf8'));

test('the YAML source is valid and every example it carries passes', () => {
  const result = validatePolicy(source());
  expect(result.ok ? [] : result.errors).toEqual([]);
});

test('policy/default-policy.json is compiled from the current YAML (run npm run policy:compile)', () => {
  expect(readFileSync(resolve(ROOT, 'policy/default-policy.json'), 'utf8')).toBe(
    compileDefaultPolicy(),
  );
});

test('policy/default-policy.phrases.json holds what the phrase compiler makes now (run npm run policy:compile)', () => {
  expect(readFileSync(resolve(ROOT, 'policy/default-policy.phrases.json'), 'utf8')).toBe(
    compileDefaultPhrases(),
  );
});

test('every contract trigger, reply rule and tier is in the bundled policy', () => {
  expect(DEFAULT_POLICY.triggers).toHaveLength(20);
  expect(DEFAULT_POLICY.replyRules.map((r) => r.id).sort()).toEqual([
    'best_of_my_abilities',
    'refund_commitment',
    'replacement_commitment',
  ]);
  expect(DEFAULT_POLICY.categories.length).toBeGreaterThanOrEqual(59);
});

test('a policy with a catastrophic pattern is rejected, naming the rule', () => {
  const policy = source();
  policy.triggers[0].patterns = ['(a+)+$'];
  const result = validatePolicy(policy);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.join('\n')).toMatch(
    /triggers\.chargeback_threat\.patterns\[0\].*nested quantifier/,
  );
});

test('a schema error names the field', () => {
  const policy = source();
  policy.thresholds.refundAmount = 'two hundred';
  const result = validatePolicy(policy);
  expect(!result.ok && result.errors).toEqual([
    expect.stringMatching(/^thresholds\.refundAmount: /),
  ]);
});

test('a policy whose own example fails is rejected with the example named', () => {
  const policy = source();
  policy.thresholds.refundAmount = 1000;
  const result = validatePolicy(policy);
  expect(!result.ok && result.errors.join('\n')).toMatch(
    /examples "a \$250 refund promise needs approval"/,
  );
});
