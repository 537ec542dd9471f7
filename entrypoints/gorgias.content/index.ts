import { defineContentScript } from 'wxt/utils/define-content-script';
import { startInlineWarnings } from '../../inline';
import { startTicketWatcher } from '../../sites/watcher';
import { gorgiasSite } from '../../sites/gorgias/index';

export default defineContentScript({
  matches: ['https://*.gorgias.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watcher = startTicketWatcher(ctx, gorgiasSite);
    startInlineWarnings(ctx, gorgiasSite, watcher);
  },
});
