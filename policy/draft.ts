/**
 * The draft check alone: small and dependency-free, because the content script runs it on every
 * keystroke. PLACEHOLDER body (issue 3 / issue 6).
 */
import type { DraftWarning } from './contract';
import type { ActiveReplyRule } from './index';

export function checkDraft(draft: string, rules: readonly ActiveReplyRule[]): DraftWarning[] {
  void draft;
  void rules;
  return [];
}
