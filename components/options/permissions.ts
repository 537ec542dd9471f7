/**
 * The host permission for the policy URL's origin, asked for at run time (the manifest lists it
 * as optional only), and given back when the URL moves to another origin: the extension holds
 * access to one policy host at most.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/sync/fetch-policy';

/** Origins the extension needs whatever the settings say (the helpdesks): never given back. */
const REQUIRED = ['https://secure.helpscout.net/*', 'https://*.gorgias.com/*'];

/**
 * Asks for access to `url`'s origin. Call it straight from the click or submit handler, before
 * anything is awaited: Firefox grants only inside the user's gesture itself.
 */
export function requestOriginAccess(url: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export async function hasOriginAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Gives back the old policy origin's access when the URL moved elsewhere. */
export async function releaseOriginAccess(previousUrl: string, nextUrl: string): Promise<void> {
  try {
    const previous = originPattern(previousUrl);
    if (REQUIRED.includes(previous) || (nextUrl && originPattern(nextUrl) === previous)) return;
    await browser.permissions.remove({ origins: [previous] });
  } catch {
    // Not a URL, or nothing granted for it: nothing to give back.
  }
}
