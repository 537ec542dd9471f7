import type { Site } from './site';

/** Placeholder reader: the subject is the document title. */
export const gorgiasSite: Site = {
  name: 'Gorgias',
  read(doc, url) {
    const match = /^\/app\/(?:views\/\d+\/)?ticket\/(\d+)|^\/app\/views\/\d+\/(\d+)/.exec(
      url.pathname,
    );
    if (!match)
      return {
        status: 'no-ticket',
        site: null,
        ticket: null,
        report: { found: [], missing: [], notes: [] },
      };
    return {
      status: 'ticket',
      site: 'gorgias',
      ticket: {
        id: match[1] ?? match[2],
        source: 'gorgias',
        url: url.href,
        subject: doc.title,
        messages: [],
      },
      report: { found: ['subject'], missing: [], notes: [] },
    };
  },
};
