/**
 * The options form as data: what the inputs hold (text, as typed), what is wrong with it in
 * words an agent can act on, and the settings it saves. Pure, so it is tested without a browser.
 */
import { publicKeyProblem } from '../../policy/signature';
import {
  completeSettings,
  SYNC_INTERVAL_LIMITS,
  type AgentLevel,
  type Settings,
} from '../../utils/storage';
import { policyUrlProblem } from '../../utils/sync/fetch-policy';

export interface SettingsDraft {
  agentName: string;
  agentLevel: string;
  defaultBrand: string;
  inlineWarnings: boolean;
  policyUrl: string;
  syncIntervalMinutes: string;
  publicKey: string;
}

export type DraftErrors = Partial<Record<keyof SettingsDraft, string>>;

export const MAX_AGENT_NAME = 80;

/** The fields in the order the form shows them, so the first error gets the focus. */
export const FIELD_ORDER: (keyof SettingsDraft)[] = [
  'agentName',
  'agentLevel',
  'defaultBrand',
  'inlineWarnings',
  'policyUrl',
  'syncIntervalMinutes',
  'publicKey',
];

export function draftOf(settings: Settings): SettingsDraft {
  return {
    agentName: settings.agentName,
    agentLevel: String(settings.agentLevel),
    defaultBrand: settings.defaultBrand,
    inlineWarnings: settings.inlineWarnings,
    policyUrl: settings.policyUrl,
    syncIntervalMinutes: String(settings.syncIntervalMinutes),
    publicKey: settings.publicKey,
  };
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

export function draftErrors(draft: SettingsDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.agentName.trim().length > MAX_AGENT_NAME)
    errors.agentName = `Keep the name to ${MAX_AGENT_NAME} characters or fewer.`;
  if (!['1', '2', '3', '4'].includes(draft.agentLevel)) errors.agentLevel = 'Choose a level.';
  const url = draft.policyUrl.trim();
  const urlProblem = url ? policyUrlProblem(url) : null;
  if (urlProblem) errors.policyUrl = sentence(urlProblem);
  const { min, max } = SYNC_INTERVAL_LIMITS;
  const minutes = draft.syncIntervalMinutes.trim();
  if (!/^\d+$/.test(minutes) || Number(minutes) < min || Number(minutes) > max)
    errors.syncIntervalMinutes = `Enter whole minutes from ${min} to ${max}.`;
  const key = draft.publicKey.trim();
  const keyProblem = key ? publicKeyProblem(key) : null;
  if (keyProblem)
    errors.publicKey = `${sentence(keyProblem)} Paste the .pub file "policy keygen" wrote, or a PEM public key.`;
  return errors;
}

/** The settings a valid draft saves: trimmed, the key in its canonical form. */
export function settingsOf(draft: SettingsDraft): Settings {
  return completeSettings({
    agentName: draft.agentName,
    agentLevel: Number(draft.agentLevel) as AgentLevel,
    defaultBrand: draft.defaultBrand,
    inlineWarnings: draft.inlineWarnings,
    policyUrl: draft.policyUrl,
    syncIntervalMinutes: Number(draft.syncIntervalMinutes),
    publicKey: draft.publicKey,
  });
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => a[key] === b[key]);
}
