/**
 * Every piece of state the extension keeps, in one module: typed, versioned, with migrations.
 * Nothing else calls `browser.storage` directly.
 *
 * - `local:` survives browser restarts (settings, the policy in force, per-ticket facts).
 * - `session:` lives until the browser closes (the newest snapshot of each tab), so a restarted
 *   service worker or a reopened panel finds the current ticket without re-reading the page.
 */
import { storage } from 'wxt/utils/storage';
import type { TicketFacts } from '../policy/contract';
import { normalizePublicKey } from '../policy/signature';
import type { Policy } from '../policy/index';
import type { TicketSnapshot } from './messages';

// ---------------------------------------------------------------------------------------------
// Settings (options page)

export type AgentLevel = 1 | 2 | 3 | 4;

export interface Settings {
  /** https only, or http://127.0.0.1 / http://localhost for testing; '' = bundled policy only. */
  policyUrl: string;
  syncIntervalMinutes: number;
  /** Ed25519 public key, raw 32 bytes as base64 (v2; v1 also kept SPKI/PEM); '' = not required. */
  publicKey: string;
  /** Brand used when the page names none: 'TSM' | 'HB' | ''. */
  defaultBrand: string;
  /** Signs the escalation note. */
  agentName: string;
  /** The agent's own level; the panel's headline is measured against it. */
  agentLevel: AgentLevel;
  /** Draw inline warnings in the reply editor. */
  inlineWarnings: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  policyUrl: '',
  syncIntervalMinutes: 60,
  publicKey: '',
  defaultBrand: '',
  agentName: '',
  agentLevel: 1,
  inlineWarnings: true,
};

export const SYNC_INTERVAL_LIMITS = { min: 5, max: 24 * 60 } as const;

/** Every accepted key form (raw, SPKI, PEM) becomes the raw base64 `policy keygen` prints. */
function normalizedKey(text: string): string {
  if (!text) return '';
  try {
    return normalizePublicKey(text);
  } catch {
    return text; // The options page and the sync say what is wrong with it.
  }
}

/**
 * Settings with every field present and in range, whatever an older version, a hand edit or
 * another tool stored. Idempotent: migrations may run in several contexts at once.
 */
export function completeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    keyof Settings,
    unknown
  >;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const interval = typeof s.syncIntervalMinutes === 'number' ? s.syncIntervalMinutes : NaN;
  const level = s.agentLevel;
  return {
    policyUrl: text(s.policyUrl),
    syncIntervalMinutes: Number.isFinite(interval)
      ? Math.min(SYNC_INTERVAL_LIMITS.max, Math.max(SYNC_INTERVAL_LIMITS.min, Math.round(interval)))
      : DEFAULT_SETTINGS.syncIntervalMinutes,
    publicKey: normalizedKey(text(s.publicKey)),
    defaultBrand: text(s.defaultBrand),
    agentName: text(s.agentName),
    agentLevel: level === 1 || level === 2 || level === 3 || level === 4 ? level : 1,
    inlineWarnings: typeof s.inlineWarnings === 'boolean' ? s.inlineWarnings : true,
  };
}

/**
 * v1 → v2: v1 stored what the form held (a key pasted as SPKI or PEM, partial objects written
 * by early builds, intervals below the alarm minimum); v2 stores complete, normalized settings.
 */
export const SETTINGS_MIGRATIONS = { 2: (v1: unknown): Settings => completeSettings(v1) };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: SETTINGS_MIGRATIONS,
});

export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

// ---------------------------------------------------------------------------------------------
// Per-ticket facts and panel state (side panel)

export interface TicketState {
  facts: TicketFacts;
  /** Indices of checklist items ticked, keyed by trigger id. */
  checked: Record<string, number[]>;
  /** The agent's own Negative Experience Risk Rating, when changed from the suggestion. */
  riskOverride?: number;
  /** The agent's edits to the escalation note, when any. */
  noteOverride?: string;
  /** The prefilled note those edits started from: the panel says when the evaluation moved on. */
  noteBase?: string;
  updatedAt: number;
}

/** Facts expire: a ticket untouched this long forgets them. */
export const TICKET_STATE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export const ticketStatesItem = storage.defineItem<Record<string, TicketState>>(
  'local:ticketStates',
  { fallback: {}, version: 1 },
);

// ---------------------------------------------------------------------------------------------
// Snapshots (content script → panel), per tab

export const snapshotsItem = storage.defineItem<Record<string, TicketSnapshot>>(
  'session:snapshots',
  { fallback: {} },
);

// ---------------------------------------------------------------------------------------------
// The policy in force and the sync status (background worker; read by panel and options)

export interface PolicyInForce {
  policy: Policy;
  source: 'bundled' | 'synced';
  /** The URL it came from and when it was accepted (synced only). */
  url?: string;
  syncedAt?: number;
  /** HTTP validators for conditional requests. */
  etag?: string;
  lastModified?: string;
  /** The signing key it was verified with ('' = none); a new key means a full fetch. */
  publicKey?: string;
}

/** null = nothing synced yet: the bundled policy is in force. */
export const policyItem = storage.defineItem<PolicyInForce | null>('local:policy', {
  fallback: null,
  version: 1,
});

export interface SyncStatus {
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** The last rejected or failed fetch: the panel says what was rejected and why. */
  lastError?: { at: number; url: string; reason: string };
  consecutiveFailures: number;
}

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: { consecutiveFailures: 0 },
  version: 1,
});
