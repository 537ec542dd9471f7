/**
 * The draft check alone: which words of the agent's reply break a reply rule in force. Small and
 * dependency-free: the content script runs it on every keystroke.
 */
import type { DraftWarning, ReplyRuleId } from './contract';
import { findPhrases } from './phrases';

/**
 * A reply rule in force for one ticket, as plain JSON: it travels through extension storage to
 * the content script, which checks each keystroke without a round trip.
 */
export interface ActiveReplyRule {
  id: ReplyRuleId;
  why: string;
  instead: string;
  /** Phrases in the policy phrase language. */
  patterns: string[];
  /** The phrase shown in "don't say". */
  text?: string;
}

/** Warnings for the draft, in order; offsets are UTF-16 offsets into `draft`. */
export function checkDraft(draft: string, rules: readonly ActiveReplyRule[]): DraftWarning[] {
  if (!draft || rules.length === 0) return [];
  const text = draft.replace(/[\u2018\u2019\u02bc]/g, "'");
  const warnings: DraftWarning[] = [];
  for (const rule of rules) {
    for (const match of findPhrases(text, rule.patterns)) {
      warnings.push({
        id: rule.id,
        start: match.start,
        end: match.end,
        text: draft.slice(match.start, match.end),
        why: rule.why,
        instead: rule.instead,
      });
    }
  }
  return warnings.sort((a, b) => a.start - b.start);
}
