/**
 * A policy compiled for evaluation: every phrase list turned into a Matcher, once per policy
 * object (cached in a WeakMap, so a policy replaced by sync is compiled afresh). The matchers
 * share one AnchorIndex, so each text is read for all their anchors in one pass.
 */
import type { CategoryRule, Policy, ReplyRule, TriggerRule } from '../schema';
import { AnchorIndex } from './anchors';
import { Matcher } from './matcher';

export interface CompiledCombination {
  why: string;
  parts: Matcher[];
  within: number;
}

export interface CompiledTrigger {
  rule: TriggerRule;
  matcher: Matcher;
  exceptions: Matcher;
  withdrawals: Matcher;
  combinations: CompiledCombination[];
}

export interface CompiledCategory {
  rule: CategoryRule;
  matcher: Matcher;
}

export interface CompiledPolicy {
  policy: Policy;
  triggers: Map<string, CompiledTrigger>;
  categories: CompiledCategory[];
  signals: Record<string, Matcher>;
  replyRules: ReplyRule[];
}

const cache = new WeakMap<Policy, CompiledPolicy>();

const EMPTY = new Matcher([]);

export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const index = new AnchorIndex();
  const compiled: CompiledPolicy = {
    policy,
    triggers: new Map(
      policy.triggers.map((rule) => [
        rule.id,
        {
          rule,
          matcher: new Matcher(rule.phrases, rule.patterns, index),
          exceptions: new Matcher(rule.exceptions, [], index),
          withdrawals: new Matcher(rule.withdrawals, [], index),
          combinations: rule.combinations.map(({ why, all, within }) => ({
            why,
            parts: all.map((part) => new Matcher(part, [], index)),
            within,
          })),
        },
      ]),
    ),
    categories: policy.categories.map((rule) => ({
      rule,
      matcher: new Matcher(rule.phrases, [], index),
    })),
    signals: Object.fromEntries(
      Object.entries(policy.signals).map(([name, phrases]) => [
        name,
        new Matcher(phrases, [], index),
      ]),
    ),
    replyRules: policy.replyRules,
  };
  cache.set(policy, compiled);
  return compiled;
}

/** A named signal's matcher; an empty one when the policy does not define it. */
export function signal(compiled: CompiledPolicy, name: string): Matcher {
  return compiled.signals[name] ?? EMPTY;
}
