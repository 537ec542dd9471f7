// @vitest-environment happy-dom
/**
 * Every saved helpdesk page, read by its site reader and compared whole with its expected JSON
 * (`<fixture>.expected.json`: the normalized ticket, status and reading report). After a
 * deliberate reader change, review the diff and refresh with UPDATE_FIXTURES=1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { gorgiasSite } from '../../../sites/gorgias/index';
import { helpscoutSite } from '../../../sites/helpscout/index';
import type { Site } from '../../../sites/site';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

const CASES: [file: string, site: Site, url: string][] = [
  [
    'helpscout/demo-ticket.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2001/1042?folderId=1',
  ],
  [
    'helpscout/second-ticket.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2002/1043',
  ],
  [
    'helpscout/legacy-ticket.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/1877/877',
  ],
  [
    'helpscout/no-sidebar.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2050/1050',
  ],
  [
    'helpscout/long-thread.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2100/1100',
  ],
  [
    'helpscout/unknown-layout.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2060/1060',
  ],
  ['helpscout/inbox.html', helpscoutSite, 'https://secure.helpscout.net/inboxes/1a2b/views/1'],
  [
    'helpscout/html-email.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2070/1070#thread-7004',
  ],
  [
    'helpscout/changed-layout.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/2080/1080',
  ],
  [
    'helpscout/collapsed-thread.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversations/2090/1090?viewId=3',
  ],
  [
    'helpscout/legacy-no-sidebar.html',
    helpscoutSite,
    'https://secure.helpscout.net/conversation/1880/880',
  ],
  ['gorgias/ticket.html', gorgiasSite, 'https://acme.gorgias.com/app/ticket/31000'],
  ['gorgias/second-ticket.html', gorgiasSite, 'https://acme.gorgias.com/app/views/12/32000'],
  ['gorgias/long-thread.html', gorgiasSite, 'https://acme.gorgias.com/app/views/7/33000'],
  ['gorgias/html-email.html', gorgiasSite, 'https://acme.gorgias.com/app/ticket/34000/'],
  ['gorgias/no-sidebar.html', gorgiasSite, 'https://acme.gorgias.com/app/ticket/35000'],
  ['gorgias/unknown-layout.html', gorgiasSite, 'https://acme.gorgias.com/app/ticket/36000'],
  ['gorgias/new-ticket.html', gorgiasSite, 'https://acme.gorgias.com/app/ticket/new'],
  ['gorgias/view.html', gorgiasSite, 'https://acme.gorgias.com/app/views/12'],
];

export function loadFixture(file: string): Document {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

test.each(CASES)('%s reads as its expected JSON', (file, site, url) => {
  const reading = site.read(loadFixture(file), new URL(url));
  const expectedFile = resolve(FIXTURES, file.replace(/\.html$/, '.expected.json'));
  if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile))
    writeFileSync(expectedFile, `${JSON.stringify(reading, null, 2)}\n`);
  expect(JSON.parse(JSON.stringify(reading))).toEqual(
    JSON.parse(readFileSync(expectedFile, 'utf8')),
  );
});
