/**
 * Background side of inline warnings: evaluates each snapshot and stores the reply rules in
 * force for its ticket, so the content script can check keystrokes locally.
 * PLACEHOLDER (issue 6 replaces the body).
 */
export function registerDraftRules(): void {}
