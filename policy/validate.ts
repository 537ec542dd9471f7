/**
 * validatePolicy: is this file safe and right to put in force? Schema (which field, why), every
 * phrase compiles, every raw pattern provably linear, and the file's own examples pass. Fails
 * closed: anything unexpected is an error, never a crash.
 */
import type { NormalizedTicket } from './contract';
import { parseTicket } from './contract';
import { evaluateTicket } from './engine/evaluate';
import { checkRegexSafety, compilePhrase, PhraseError } from './phrases';
import { policySchema, type Policy, type PolicyExample } from './schema';

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: string[] };

function phraseErrors(policy: Policy): string[] {
  const errors: string[] = [];
  const check = (where: string, phrases: readonly string[]) =>
    phrases.forEach((phrase, i) => {
      try {
        compilePhrase(phrase);
      } catch (error) {
        const why = error instanceof PhraseError ? error.message : String(error);
        errors.push(`${where}[${i}] "${phrase}": ${why}`);
      }
    });
  for (const t of policy.triggers) {
    check(`triggers.${t.id}.phrases`, t.phrases);
    check(`triggers.${t.id}.exceptions`, t.exceptions);
    t.combinations.forEach((combination, i) =>
      combination.all.forEach((part, j) =>
        check(`triggers.${t.id}.combinations[${i}].all[${j}]`, part),
      ),
    );
    t.patterns.forEach((pattern, i) => {
      const unsafe = checkRegexSafety(pattern);
      if (unsafe) errors.push(`triggers.${t.id}.patterns[${i}] /${pattern}/ rejected: ${unsafe}`);
    });
  }
  for (const c of policy.categories) check(`categories.${c.id}.phrases`, c.phrases);
  for (const r of policy.replyRules) check(`replyRules.${r.id}.phrases`, r.phrases);
  for (const [name, phrases] of Object.entries(policy.signals)) check(`signals.${name}`, phrases);
  return errors;
}

function referenceErrors(policy: Policy): string[] {
  const errors: string[] = [];
  for (const t of policy.triggers)
    for (const [brand, procedure] of Object.entries(t.procedures))
      for (const n of procedure?.notify ?? [])
        if (!policy.contacts[n.contact])
          errors.push(
            `triggers.${t.id}.procedures.${brand}.notify: unknown contact "${n.contact}"`,
          );
  const ids = new Set(policy.triggers.map((t) => t.id));
  for (const r of policy.replyRules)
    if (!ids.has(r.whenTrigger))
      errors.push(`replyRules.${r.id}.whenTrigger: no trigger "${r.whenTrigger}"`);
  return errors;
}

/** Runs one example; returns what differs from its expectation. */
export function exampleFailures(example: PolicyExample, policy: Policy): string[] {
  const parsed = parseTicket(example.ticket);
  if (!parsed.success)
    return [`examples "${example.name}": ticket is invalid (${parsed.error.issues[0]?.message})`];
  const result = evaluateTicket(parsed.data as NormalizedTicket, policy);
  const failures: string[] = [];
  const { expect } = example;
  const sameSet = (a: string[], b: string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  if (expect.tier !== undefined && result.tier.level !== expect.tier)
    failures.push(`tier ${result.tier.level}, expected ${expect.tier}`);
  const triggers = result.triggers.map((t) => t.id);
  if (expect.triggers && !sameSet(triggers, expect.triggers))
    failures.push(`triggers [${triggers.join(', ')}], expected [${expect.triggers.join(', ')}]`);
  if (expect.category !== undefined && (result.category?.id ?? null) !== expect.category)
    failures.push(`category ${result.category?.id ?? 'null'}, expected ${expect.category}`);
  const warnings = [...new Set(result.draftWarnings.map((w) => w.id))];
  if (expect.draftWarnings && !sameSet(warnings, expect.draftWarnings))
    failures.push(
      `draft warnings [${warnings.join(', ')}], expected [${expect.draftWarnings.join(', ')}]`,
    );
  return failures.map((f) => `examples "${example.name}": ${f}`);
}

export function validatePolicy(raw: unknown): PolicyValidation {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      ),
    };
  const policy = parsed.data;
  const errors = [...phraseErrors(policy), ...referenceErrors(policy)];
  if (errors.length) return { ok: false, errors };
  try {
    const failures = policy.examples.flatMap((example) => exampleFailures(example, policy));
    return failures.length ? { ok: false, errors: failures } : { ok: true, policy };
  } catch (error) {
    return { ok: false, errors: [`examples: evaluation failed (${(error as Error).message})`] };
  }
}
