// @vitest-environment happy-dom
/**
 * Reading the editor: the text the check sees and the map back to the DOM (so a mark lands on
 * its words), and finding the composer in use, reply or internal note, in each UI.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caretOffset, readEditor, segmentsOf } from '../../../inline/editor-text';
import { gorgiasSite } from '../../../sites/gorgias/index';
import { helpscoutSite } from '../../../sites/helpscout/index';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function load(file: string): Document {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(html, 'text/html')
    .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
  return document;
}

function element(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const DRAFT_JS = (lines: string[]) =>
  `<div data-contents="true">${lines
    .map(
      (line, i) =>
        `<div data-block="true" data-offset-key="k${i}-0-0"><div data-offset-key="k${i}-0-0"><span data-offset-key="k${i}-0-0">${
          line ? `<span data-text="true">${line}</span>` : '<br data-text="true">'
        }</span></div></div>`,
    )
    .join('')}</div>`;

describe('readEditor', () => {
  test('Draft.js blocks read as lines; empty blocks add nothing', () => {
    const root = element(DRAFT_JS(['Hi Ana,', '', "I'll refund it."]));
    expect(readEditor(root).text).toBe("Hi Ana,\nI'll refund it.\n");
  });

  test('paragraphs, <br> and styled runs: words never run together across lines', () => {
    const root = element('<p>Hi <b>Dana</b>,</p><p>you will<br>receive a <i>full</i> refund</p>');
    expect(readEditor(root).text).toBe('Hi Dana,\nyou will\nreceive a full refund\n');
  });

  test('non-breaking spaces are spaces, without moving any offset', () => {
    const root = element('<div>I\u00a0will&nbsp;refund</div>');
    const map = readEditor(root);
    expect(map.text).toBe('I will refund\n');
    expect(map.nodes).toHaveLength(1);
  });

  test('segments map a span of the text back to the text nodes holding it', () => {
    const root = element("<p>You'll receive a <b>full</b> refund today.</p>");
    const map = readEditor(root);
    const start = map.text.indexOf('receive');
    const end = map.text.indexOf(' today');
    const segments = segmentsOf(map, start, end);
    expect(segments.map((s) => s.node.data.slice(s.from, s.to))).toEqual([
      'receive a ',
      'full',
      ' refund',
    ]);
  });

  test('segments are empty once the app replaced the text (a stale map marks nothing)', () => {
    const root = element('<p>I will refund</p>');
    const map = readEditor(root);
    root.innerHTML = '<p>I will refund</p>';
    expect(segmentsOf(map, 0, 6)).toEqual([]);
  });

  test('the caret offset counts from the start of the mapped text', () => {
    const root = element('<p>Hello</p><p>I will refund</p>');
    const map = readEditor(root);
    const text = root.querySelectorAll('p')[1]!.firstChild!;
    const selection = getSelection()!;
    const range = document.createRange();
    range.setStart(text, 2);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(caretOffset(map, selection)).toBe('Hello\n'.length + 2);
  });
});

describe('the composer in use: reply or internal note', () => {
  test('HelpScout new UI: the reply textbox; the note composer when it holds focus', () => {
    const doc = load('helpscout/inline-subscription.html');
    expect(helpscoutSite.findReplyEditor(doc)).toMatchObject({ mode: 'reply' });
    expect(helpscoutSite.findReplyEditor(doc)?.element.getAttribute('aria-label')).toBe('Reply');
    const note = doc.querySelector<HTMLElement>('[data-cy="NoteEditor"] [contenteditable]')!;
    doc.querySelector<HTMLElement>('[data-cy="NoteEditor"]')!.hidden = false;
    note.focus();
    expect(helpscoutSite.findReplyEditor(doc)).toEqual({ element: note, mode: 'note' });
  });

  test('HelpScout legacy UI: #replyForm is a reply, #noteForm a note', () => {
    const doc = load('helpscout/inline-legacy-refund.html');
    const reply = helpscoutSite.findReplyEditor(doc);
    expect(reply?.mode).toBe('reply');
    expect(reply?.element.closest('#replyForm')).not.toBeNull();
    const note = doc.querySelector<HTMLElement>('#noteForm [contenteditable]')!;
    note.focus();
    expect(helpscoutSite.findReplyEditor(doc)).toEqual({ element: note, mode: 'note' });
  });

  test('Gorgias: the Draft.js editor, a note while the field is in internal-note mode', () => {
    const doc = load('gorgias/ticket.html');
    expect(gorgiasSite.findReplyEditor(doc)?.mode).toBe('reply');
    doc.querySelector('.reply-field')!.classList.add('is-internal-note');
    expect(gorgiasSite.findReplyEditor(doc)?.mode).toBe('note');
  });

  test('no composer open: nothing to check', () => {
    expect(helpscoutSite.findReplyEditor(load('helpscout/second-ticket.html'))).toBeNull();
  });
});
