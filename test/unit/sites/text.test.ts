// @vitest-environment happy-dom
/**
 * Case tables for the pieces every reader shares: the author's own words out of an email
 * (quoted history and signatures cut, in markup and in plain text), the editor's text, and the
 * small parsers for money, dates, counts and titles.
 */
import { describe, expect, test } from 'vitest';
import { parseTitle } from '../../../sites/helpscout/index';
import { parseCount, parseDate, parseItem, parseMoney } from '../../../sites/shared-read';
import { editorText, messageText, stripQuotedText } from '../../../sites/dom/text';

function html(markup: string): Element {
  const root = document.createElement('div');
  // Test markup only, never ticket text: the readers themselves never parse HTML.
  root.innerHTML = markup;
  return root;
}

describe('messageText: the author own words', () => {
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['line breaks', 'a<br>b', 'a\nb'],
    [
      'table rows one line each',
      '<table><tr><td>A</td><td>1</td></tr><tr><td>B</td></tr></table>',
      'A 1\nB',
    ],
    ['hidden preheader', '<span style="display: none">pre</span>Hi', 'Hi'],
    ['aria-hidden', '<span aria-hidden="true">x</span>Hi', 'Hi'],
    ['style and images', '<style>p{}</style><img alt="logo">Hi', 'Hi'],
    ['literal markup stays text', 'use &lt;b&gt;code&lt;/b&gt;', 'use <b>code</b>'],
    [
      'Gmail quote',
      'Yes.<div class="gmail_quote">On Mon wrote:<blockquote>old</blockquote></div>',
      'Yes.',
    ],
    ['Gmail signature', 'Yes.<div class="gmail_signature">Ana</div>', 'Yes.'],
    [
      'Outlook web',
      'Yes.<div id="appendonsend"></div><div id="divRplyFwdMsg">From: x</div>old',
      'Yes.',
    ],
    [
      'Outlook desktop rule',
      'Yes.<div style="border:none;border-top:solid #E1E1E1 1.0pt">From: x</div><p>old</p>',
      'Yes.',
    ],
    [
      'Thunderbird',
      'Yes.<div class="moz-cite-prefix">On 11/20 X wrote:</div><blockquote>old</blockquote>',
      'Yes.',
    ],
    [
      'Apple Mail',
      'Yes.<blockquote type="cite">On Nov 20, 2026, X wrote:<br>old</blockquote>',
      'Yes.',
    ],
    ['zero-width characters', 'ref\u200Bund', 'refund'],
  ])('%s', (_, markup, expected) => {
    expect(messageText(html(markup))).toBe(expected);
  });

  test('quoted history in one node of a body ends the whole message', () => {
    const nodes = Array.from(
      html('<p>Mine.</p><div class="gmail_quote">q</div><p>after</p>').childNodes,
    );
    expect(messageText(nodes)).toBe('Mine.');
  });
});

describe('stripQuotedText: plain-text emails', () => {
  test.each([
    [
      'On … wrote:',
      'Fine.\n\nOn Mon, Nov 16, 2026 at 9:00 AM Sam <s@x.com> wrote:\n> old',
      'Fine.',
    ],
    [
      'wrapped header',
      'Fine.\nOn Mon, Nov 16, 2026 at 9:00 AM Sam\n<s@x.com> wrote:\n> old',
      'Fine.',
    ],
    ['French', 'Oui.\nLe lun. 16 nov. 2026 à 09:00, Sam a écrit :\n> vieux', 'Oui.'],
    ['German', 'Ja.\nAm 16.11.2026 um 09:00 schrieb Sam <s@x.com>:\n> alt', 'Ja.'],
    ['Original Message', 'Ok.\n-----Original Message-----\nFrom: x', 'Ok.'],
    ['From/Sent block', 'Ok.\nFrom: HB Support\nSent: Friday\nold', 'Ok.'],
    ['"-- " signature', 'Ok.\n-- \nDana\n555', 'Ok.'],
    ['Sent from my iPhone', 'Ok.\nSent from my iPhone', 'Ok.'],
    ['"> " lines', 'Ok.\n> old\n> older', 'Ok.'],
    [
      '"on" inside a sentence is kept',
      'I wrote to you on Monday 3 times.',
      'I wrote to you on Monday 3 times.',
    ],
  ])('%s', (_, text, expected) => {
    expect(stripQuotedText(text)).toBe(expected);
  });
});

describe('editorText: the draft as typed', () => {
  test('Draft.js blocks are lines; the placeholder is not text', () => {
    const editor = html(
      '<div class="public-DraftEditorPlaceholder-root">Click here to reply</div>' +
        '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hi,</span></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">I will refund you.</span></span></div></div></div>',
    );
    expect(editorText(editor)).toBe('Hi,\nI will refund you.');
  });
  test('an empty editor reads as nothing', () => {
    expect(
      editorText(
        html(
          '<p data-slate-node="element"><span data-slate-placeholder="true">Reply…</span><br></p>',
        ),
      ),
    ).toBe('');
  });
  test('quoted text the agent pasted stays in the draft', () => {
    expect(editorText(html('<p>Sure.</p><blockquote>you wrote</blockquote>'))).toBe(
      'Sure.\nyou wrote',
    );
  });
});

describe('parsers', () => {
  test.each([
    ['$249.00', { total: 249, currency: 'USD' }],
    ['$1,049.00', { total: 1049, currency: 'USD' }],
    ['CA$312.40', { total: 312.4, currency: 'CAD' }],
    ['249.00 EUR', { total: 249, currency: 'EUR' }],
    ['£12', { total: 12, currency: 'GBP' }],
    ['—', {}],
  ])('money %s', (text, expected) => {
    expect(parseMoney(text)).toEqual(expected);
  });

  test.each([
    ['<time datetime="2026-11-20">Nov 20</time>', '2026-11-20'],
    ['Delivered Nov 18, 2026', '2026-11-18'],
    ['Placed 2026-06-02', '2026-06-02'],
    ['Nov 18', undefined],
  ])('date %s', (markup, expected) => {
    expect(parseDate(html(markup))).toBe(expected);
  });

  test.each([
    ['3 previous conversations', 3],
    ['No previous conversations', 0],
    ['No other tickets', 0],
    ['1,204 tickets, 2 open', 1204],
    ['previous conversations', undefined],
  ])('count %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  test.each([
    ['3 × Magnesium 60ct', { name: 'Magnesium 60ct', quantity: 3 }],
    ['Magnesium 60ct x3', { name: 'Magnesium 60ct', quantity: 3 }],
    ['Gift wrap', { name: 'Gift wrap' }],
  ])('item %s', (text, expected) => {
    expect(parseItem(text)).toEqual(expected);
  });

  test('HelpScout title: number, subject (dashes kept), customer', () => {
    expect(parseTitle('#1042 Box arrived crushed - Dana Reyes')).toEqual({
      number: '1042',
      subject: 'Box arrived crushed',
      customer: 'Dana Reyes',
    });
    expect(parseTitle('#7 Re: order - missing item - Jo Kim').subject).toBe(
      'Re: order - missing item',
    );
    expect(parseTitle('Unassigned - TSM Support')).toEqual({});
  });
});
