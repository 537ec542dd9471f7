/**
 * Timing entries for `npm run bench` (performance.measure, visible on the page's timeline).
 * Off unless the page's <html> carries this attribute, so a helpdesk's own performance
 * monitoring never sees our entries and nothing accumulates in a long session. A module of its
 * own so the bench (in Node) can read the names without loading the content script.
 */
export const TIMING_ATTRIBUTE = 'data-escalation-assist-timing';
export const CHECK_MEASURE = 'escalation-assist:inline-check';
export const DRAW_MEASURE = 'escalation-assist:inline-draw';
