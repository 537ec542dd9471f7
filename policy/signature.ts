/**
 * Ed25519 signatures of published policy files, with WebCrypto only (`globalThis.crypto.subtle`),
 * so the same code verifies in the extension's service worker and signs in the Node CLI.
 *
 * Format (detached): the signature of the exact bytes of the policy file, base64, served at the
 * policy URL + ".sig". Public keys are the raw 32 bytes, base64.
 */

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
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

/** Is `signature` (base64) a valid Ed25519 signature of `data` by `publicKey` (base64, raw)? */
export async function verifySignature(
  data: Uint8Array<ArrayBuffer>,
  signature: string,
  publicKey: string,
): Promise<boolean> {
  let keyBytes: Uint8Array<ArrayBuffer>;
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    keyBytes = fromBase64(publicKey);
    signatureBytes = fromBase64(signature);
  } catch {
    return false;
  }
  if (keyBytes.length !== 32 || signatureBytes.length !== 64) return false;
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

export async function sign(
  data: Uint8Array<ArrayBuffer>,
  privateKeyPkcs8: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'pkcs8',
    fromBase64(privateKeyPkcs8),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return toBase64(await crypto.subtle.sign({ name: 'Ed25519' }, key, data));
}
