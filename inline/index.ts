/**
 * Inline warnings in the reply editor. PLACEHOLDER (issue 6 replaces the body).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Site } from '../sites/site';

export function startInlineWarnings(ctx: ContentScriptContext, site: Site): void {
  void ctx;
  void site;
}
