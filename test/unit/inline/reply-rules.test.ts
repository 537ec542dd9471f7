// @vitest-environment happy-dom
/**
 * The chain inline warnings run on, from a saved page to a marked phrase: the site reader reads
 * the fixture, the background works out the reply rules in force (with the agent's facts and
 * settings), and the content script's check marks the draft. Real fixtures, real policy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../policy/draft';
import { DEFAULT_POLICY } from '../../../policy/index';
import { gorgiasSite } from '../../../sites/gorgias/index';
import { helpscoutSite } from '../../../sites/helpscout/index';
import type { Site } from '../../../sites/site';
import { replyRulesFor, type RuleInputs } from '../../../utils/draft-rules-background';
import type { TicketSnapshot } from '../../../utils/messages';
import { DEFAULT_SETTINGS, type TicketState } from '../../../utils/storage';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const NOW = Date.parse('2026-11-23T15:00:00Z');

function snapshotOf(file: string, site: Site, url: string): TicketSnapshot {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const reading = site.read(doc, new URL(url));
  const prefix = reading.site?.startsWith('helpscout') ? 'helpscout' : reading.site;
  return {
    ...reading,
    url,
    ticketKey: reading.ticket?.id ? `${prefix}:${reading.ticket.id}` : null,
    seq: 1,
    readAt: NOW,
  };
}

function inputs(overrides: Partial<RuleInputs> = {}): RuleInputs {
  return { policy: DEFAULT_POLICY, settings: DEFAULT_SETTINGS, states: {}, now: NOW, ...overrides };
}

function facts(key: string, value: TicketState['facts'], updatedAt = NOW): RuleInputs['states'] {
  return { [key]: { facts: value, checked: {}, updatedAt } };
}

const demo = () =>
  snapshotOf(
    'helpscout/demo-ticket.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2001/1042',
  );
const smallRefund = () =>
  snapshotOf(
    'helpscout/inline-small-refund.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2201/1201',
  );
const subscription = () =>
  snapshotOf(
    'helpscout/inline-subscription.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2202/1202',
  );
const legacy = () =>
  snapshotOf(
    'helpscout/inline-legacy-refund.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/1878/878',
  );
const gorgiasRefund = () =>
  snapshotOf(
    'gorgias/inline-draftjs.html',
    gorgiasSite,
    'https://acme.gorgias.com/app/ticket/31500',
  );

const PROMISE = "Hi, so sorry about this. You'll receive a full refund today.";
const BEST =
  "I've worked this to the best of my abilities and escalated your request to a supervisor.";
const MENTION = "I've asked my lead to review your refund request and will update you today.";

const ids = (draft: string, update: ReturnType<typeof replyRulesFor>) =>
  checkDraft(draft, update.rules).map((w) => [w.id, w.text]);

describe('reply rules in force, per ticket', () => {
  test('a $249 / $250 / $320 refund request: the promise warns, the mention does not', () => {
    for (const snapshot of [demo(), legacy(), gorgiasRefund()]) {
      const update = replyRulesFor(snapshot, inputs());
      expect(update.ticketKey).toBe(snapshot.ticketKey);
      expect(ids(PROMISE, update)).toEqual([['refund_commitment', "You'll receive a full refund"]]);
      expect(ids(MENTION, update)).toEqual([]);
    }
  });

  test('the same promise on a $60 order does not warn', () => {
    expect(ids(PROMISE, replyRulesFor(smallRefund(), inputs()))).toEqual([]);
  });

  test('once the agent marks the refund approved, the promise no longer warns', () => {
    const snapshot = demo();
    const approved = inputs({ states: facts(snapshot.ticketKey!, { refundApproved: true }) });
    expect(ids(PROMISE, replyRulesFor(snapshot, approved))).toEqual([]);
  });

  test('facts older than the panel keeps them are forgotten here too', () => {
    const snapshot = demo();
    const stale = inputs({
      states: facts(snapshot.ticketKey!, { refundApproved: true }, NOW - 31 * 24 * 3600_000),
    });
    expect(ids(PROMISE, replyRulesFor(snapshot, stale))).toHaveLength(1);
  });

  test('"best of my abilities" warns on a TSM subscription-refund escalation only', () => {
    expect(ids(BEST, replyRulesFor(subscription(), inputs()))).toEqual([
      ['best_of_my_abilities', expect.stringMatching(/^worked this to the best of my abilities/)],
    ]);
    expect(ids(BEST, replyRulesFor(demo(), inputs()))).toEqual([]);
    expect(ids(BEST, replyRulesFor(smallRefund(), inputs()))).toEqual([]);
  });

  test('the default brand applies when the page names no mailbox, as in the panel', () => {
    const snapshot = subscription();
    const noMailbox: TicketSnapshot = {
      ...snapshot,
      ticket: { ...snapshot.ticket!, mailbox: undefined },
    };
    expect(ids(BEST, replyRulesFor(noMailbox, inputs()))).toEqual([]);
    const tsmDefault = inputs({ settings: { ...DEFAULT_SETTINGS, defaultBrand: 'TSM' } });
    expect(ids(BEST, replyRulesFor(noMailbox, tsmDefault))).toHaveLength(1);
  });

  test('the setting to hide inline marks travels with the rules', () => {
    const off = inputs({ settings: { ...DEFAULT_SETTINGS, inlineWarnings: false } });
    const update = replyRulesFor(demo(), off);
    expect(update.inlineWarnings).toBe(false);
    expect(update.rules.map((r) => r.id)).toEqual(['refund_commitment']);
  });

  test('a page with no ticket, or a policy that fails, gives no rules and throws nothing', () => {
    const inbox = snapshotOf(
      'helpscout/inbox.html',
      helpscoutSite,
      'https://secure.helpscout.net/inboxes/1a2b/views/1',
    );
    expect(replyRulesFor(inbox, inputs()).rules).toEqual([]);
    const broken = { ...DEFAULT_POLICY, triggers: null } as unknown as RuleInputs['policy'];
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(replyRulesFor(demo(), inputs({ policy: broken })).rules).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });

  test('the answer holds rule phrases only: no ticket text goes back to the page', () => {
    const json = JSON.stringify(replyRulesFor(demo(), inputs()));
    expect(json).not.toContain('Dana');
    expect(json).not.toContain('crushed');
  });
});
