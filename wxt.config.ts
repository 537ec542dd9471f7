import { defineConfig } from 'wxt';

/** Where a team may publish its policy: any https origin, or this machine while testing. */
const POLICY_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// The extension's build. Every permission below is one the product needs; anything else must
// come with a reason written beside it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where each name comes from.
  imports: false,
  // Lets parallel builds (tests, benches) write to their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Escalation Assist',
    description:
      'Tells a support agent which tier handles the open HelpScout or Gorgias ticket, what to escalate and what never to promise.',
    permissions: [
      // Settings, the policy in force, per-ticket facts and the last snapshot of each tab.
      'storage',
      // Policy sync on a timer.
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['https://secure.helpscout.net/*', 'https://*.gorgias.com/*'],
    // The team's policy URL is asked for at run time, for its origin only (options page).
    // Manifest V2 (the Firefox build) lists optional origins among optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: POLICY_ORIGINS }
      : { optional_host_permissions: POLICY_ORIGINS }),
    action: { default_title: 'Open Escalation Assist' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'escalation-assist@support-tools.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
