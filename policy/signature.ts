/**
 * Ed25519 signatures of published policy files, with WebCrypto only (`globalThis.crypto.subtle`),
 * so the same code verifies in the extension's background and signs in the Node CLI.
 *
 * Format (detached): the signature of the exact bytes of the policy file, as base64 text (64
 * bytes once decoded), published at the policy URL with ".sig" added to its path
 * (`https://host/team/policy.json` → `https://host/team/policy.json.sig`). Detached because the
 * policy bytes stay exactly what the team lead wrote: no canonical JSON, no field to strip.
 *
 * Public keys: the raw 32 bytes as base64 (what `policy keygen` writes to the .pub file), or the
 * same key as SPKI, base64 or PEM ("-----BEGIN PUBLIC KEY-----", what OpenSSL writes).
 * Private keys: PKCS#8, base64 or PEM (`policy keygen` or `openssl genpkey -algorithm ed25519`).
 */

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key's 32 bytes follow it. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

export class KeyFormatError extends Error {}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The base64 body of a PEM block of `label`, or the text itself when it is not PEM. */
function pemBody(text: string, label: string): string {
  const pem = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  if (pem) return pem[1]!;
  if (/-----BEGIN /.test(text))
    throw new KeyFormatError(`this is a PEM block, but not a ${label.toLowerCase()}`);
  return text;
}

function decode(text: string, what: string): Uint8Array<ArrayBuffer> {
  const body = text.trim();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(body)) throw new KeyFormatError(`${what} is not base64`);
  try {
    return fromBase64(body);
  } catch {
    throw new KeyFormatError(`${what} is not base64`);
  }
}

/** The 32 raw bytes of an Ed25519 public key given as raw base64, SPKI base64 or PEM. */
export function parsePublicKey(text: string): Uint8Array<ArrayBuffer> {
  if (!text.trim()) throw new KeyFormatError('the key is empty');
  const bytes = decode(pemBody(text, 'PUBLIC KEY'), 'the key');
  if (bytes.length === 32) return bytes;
  const isSpki =
    bytes.length === SPKI_PREFIX.length + 32 && SPKI_PREFIX.every((b, i) => bytes[i] === b);
  if (isSpki) return bytes.slice(SPKI_PREFIX.length);
  throw new KeyFormatError(
    `the key is ${bytes.length} bytes; an Ed25519 public key is 32 bytes (or 44 as SPKI)`,
  );
}

/** The key as `policy keygen` writes it (raw, base64), whatever form it was pasted in. */
export function normalizePublicKey(text: string): string {
  return toBase64(parsePublicKey(text));
}

/** Why `text` is not a usable public key, or null when it is. */
export function publicKeyProblem(text: string): string | null {
  try {
    parsePublicKey(text);
    return null;
  } catch (error) {
    return error instanceof KeyFormatError ? error.message : 'the key cannot be read';
  }
}

/** Is `signature` (base64) a valid Ed25519 signature of `data` by `publicKey`? */
export async function verifySignature(
  data: Uint8Array<ArrayBuffer>,
  signature: string,
  publicKey: string,
): Promise<boolean> {
  let keyBytes: Uint8Array<ArrayBuffer>;
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    keyBytes = parsePublicKey(publicKey);
    signatureBytes = decode(signature, 'the signature');
  } catch {
    return false;
  }
  if (signatureBytes.length !== 64) return false;
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signatureBytes, data);
}

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  return {
    publicKey: toBase64(await crypto.subtle.exportKey('raw', pair.publicKey)),
    privateKey: toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  };
}

/** Signs `data` with a PKCS#8 Ed25519 private key (base64 or PEM); the signature as base64. */
export async function sign(data: Uint8Array<ArrayBuffer>, privateKey: string): Promise<string> {
  const der = decode(pemBody(privateKey, 'PRIVATE KEY'), 'the private key');
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new KeyFormatError('the private key is not an Ed25519 PKCS#8 key');
  }
  return toBase64(await crypto.subtle.sign({ name: 'Ed25519' }, key, data));
}
