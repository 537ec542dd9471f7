import type { Site } from './site';

/** Placeholder reader: the subject from the title `#{number} {subject} - {customer}`. */
export const helpscoutSite: Site = {
  name: 'HelpScout',
  read(doc, url) {
    const match = /^\/conversation\/(\d+)\/(\d+)/.exec(url.pathname);
    if (!match)
      return {
        status: 'no-ticket',
        site: null,
        ticket: null,
        report: { found: [], missing: [], notes: [] },
      };
    const title = /^#\d+\s+(.*?)(?:\s+-\s+[^-]*)?$/.exec(doc.title);
    return {
      status: 'ticket',
      site: 'helpscout-new',
      ticket: {
        id: match[2],
        source: 'helpscout',
        url: url.href,
        subject: title?.[1] ?? doc.title,
        messages: [],
      },
      report: { found: ['subject'], missing: [], notes: [] },
    };
  },
};
