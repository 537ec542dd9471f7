import { defineContentScript } from 'wxt/utils/define-content-script';
import { startInlineWarnings } from '../../inline';
import { startTicketWatcher } from '../../sites/watcher';
import { helpscoutSite } from '../../sites/helpscout/index';

export default defineContentScript({
  matches: ['https://secure.helpscout.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watcher = startTicketWatcher(ctx, helpscoutSite);
    startInlineWarnings(ctx, helpscoutSite, watcher);
  },
});
