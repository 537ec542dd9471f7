/**
 * The draft-only message: its guard, and the ordering rules that apply it to a tab's last
 * snapshot, in the pure function and in both receivers (the panel's store and the background's
 * stored snapshots). A late message never overwrites a newer reading, a draft for another ticket
 * or page is dropped, and an empty draft removes the ticket's draft.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanel } from '../../../components/panel/state';
import { startBackground, updateSnapshots } from '../../../utils/background-main';
import {
  isDraftMessage,
  isExtensionMessage,
  withDraft,
  type DraftMessage,
  type TicketSnapshot,
} from '../../../utils/messages';
import { snapshotsItem } from '../../../utils/storage';

const URL_1042 = 'https://secure.helpscout.net/conversation/2001/1042';

function snapshot(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    status: 'ticket',
    site: 'helpscout-new',
    url: URL_1042,
    ticketKey: 'helpscout:1042',
    seq: 5,
    readAt: 100,
    ticket: {
      id: '1042',
      source: 'helpscout',
      messages: [{ id: '9001', author: 'customer', body: 'My box arrived crushed.' }],
      draft: 'Hi Dana',
    },
    report: { found: ['messages'], missing: [], layoutChanged: [], notes: [] },
    ...overrides,
  };
}

function draft(overrides: Partial<DraftMessage> = {}): DraftMessage {
  return {
    type: 'draft',
    ticketKey: 'helpscout:1042',
    url: URL_1042,
    seq: 6,
    readAt: 200,
    draft: "Hi Dana, you'll receive a full refund.",
    ...overrides,
  };
}

test('the guard takes a draft message only with every field of its shape', () => {
  expect(isDraftMessage(draft())).toBe(true);
  expect(isExtensionMessage(draft())).toBe(true);
  expect(isDraftMessage(draft({ draft: '' }))).toBe(true);
  for (const broken of [
    { ...draft(), draft: undefined },
    { ...draft(), ticketKey: '' },
    { ...draft(), ticketKey: null },
    { ...draft(), seq: '6' },
    { ...draft(), seq: Number.NaN },
    { ...draft(), url: undefined },
    { ...draft(), readAt: undefined },
    { type: 'draft' },
    null,
    'draft',
  ]) {
    expect(isDraftMessage(broken)).toBe(false);
    expect(isExtensionMessage(broken)).toBe(false);
  }
  // Other messages are still told apart by their type alone.
  expect(isExtensionMessage({ type: 'request-snapshot' })).toBe(true);
  expect(isDraftMessage({ type: 'request-snapshot' })).toBe(false);
});

test('a newer draft replaces the draft of the snapshot it was read on, and nothing else', () => {
  const before = snapshot();
  const after = withDraft(before, draft())!;
  expect(after.ticket?.draft).toBe("Hi Dana, you'll receive a full refund.");
  expect(after.seq).toBe(6);
  expect(after.readAt).toBe(200);
  expect({ ...after, ticket: { ...after.ticket, draft: 'Hi Dana' }, seq: 5, readAt: 100 }).toEqual(
    before,
  );
  expect(before.ticket?.draft).toBe('Hi Dana'); // not changed in place
});

test('an empty draft leaves the ticket without one, as the readers do', () => {
  const after = withDraft(snapshot(), draft({ draft: '' }))!;
  expect(after.ticket).not.toHaveProperty('draft');
  // And a first draft on a ticket that had none.
  const { draft: _none, ...ticket } = snapshot().ticket!;
  expect(withDraft(snapshot({ ticket }), draft())?.ticket?.draft).toMatch(/full refund/);
});

test('late, foreign or baseless drafts are dropped', () => {
  // Read before (or with) the snapshot the receiver has: late.
  expect(withDraft(snapshot({ seq: 6 }), draft({ seq: 6 }))).toBeNull();
  expect(withDraft(snapshot({ seq: 9 }), draft({ seq: 6 }))).toBeNull();
  // Another ticket, another page.
  expect(withDraft(snapshot(), draft({ ticketKey: 'helpscout:1043' }))).toBeNull();
  expect(withDraft(snapshot(), draft({ url: `${URL_1042}?folderId=2` }))).toBeNull();
  // Nothing to apply it to: no snapshot, a placeholder while the page catches up.
  expect(withDraft(null, draft())).toBeNull();
  expect(withDraft(undefined, draft())).toBeNull();
  expect(
    withDraft(snapshot({ status: 'no-ticket', ticket: null, ticketKey: null }), draft()),
  ).toBeNull();
});

test('the panel applies drafts in order: a late snapshot or draft never overwrites a newer one', () => {
  usePanel.setState({ snapshot: null, page: 'loading' });
  const state = () => usePanel.getState();
  state().applyDraft(draft());
  expect(state().snapshot).toBeNull();

  state().setSnapshot(snapshot());
  state().applyDraft(draft({ seq: 7, draft: 'newest' }));
  state().applyDraft(draft({ seq: 6, draft: 'older, arrived late' }));
  expect(state().snapshot?.ticket?.draft).toBe('newest');
  // The snapshot the draft was applied to, arriving again late (a request's answer): ignored.
  state().setSnapshot(snapshot({ seq: 6 }));
  expect(state().snapshot?.ticket?.draft).toBe('newest');
  // A newer full reading stands, draft included.
  state().setSnapshot(snapshot({ seq: 8, ticket: { ...snapshot().ticket!, draft: 'full' } }));
  expect(state().snapshot?.ticket?.draft).toBe('full');
  // The agent moved to another ticket: the previous one's draft is dropped.
  state().setSnapshot(
    snapshot({ seq: 9, ticketKey: 'helpscout:1043', url: URL_1042.replace('1042', '1043') }),
  );
  state().applyDraft(draft({ seq: 10, draft: 'for 1042' }));
  expect(state().snapshot?.ticketKey).toBe('helpscout:1043');
  expect(state().snapshot?.ticket?.draft).toBe('Hi Dana');
});

test('the background stores drafts into the tab’s snapshot, one write after another', async () => {
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  startBackground();
  const sender = { tab: { id: 7 } } as never;
  const send = (message: unknown) =>
    fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

  // A snapshot and the drafts after it, sent back to back: each write sees the one before.
  void send({ type: 'snapshot', snapshot: snapshot() });
  void send(draft({ seq: 6, draft: 'one' }));
  void send(draft({ seq: 8, draft: 'three' }));
  void send(draft({ seq: 7, draft: 'two, late' }));
  void send(draft({ seq: 9, ticketKey: 'helpscout:1043', draft: 'another ticket' }));
  await updateSnapshots(() => undefined); // after everything queued
  const stored = (await snapshotsItem.getValue())['7']!;
  expect(stored.seq).toBe(8);
  expect(stored.ticket?.draft).toBe('three');
  expect(stored.ticket?.messages).toEqual(snapshot().ticket?.messages);

  // A draft message has nothing to answer; a malformed one is not even looked at.
  const answers = await send({ type: 'draft', ticketKey: 'helpscout:1042', seq: 10 });
  expect((await Promise.all(answers)).filter((a) => a !== undefined)).toEqual([]);
  await updateSnapshots(() => undefined);
  expect((await snapshotsItem.getValue())['7']!.seq).toBe(8);
});

beforeEach(() => fakeBrowser.reset());
