/**
 * The collector's Ed25519 key: loaded from a PEM file, or created on first
 * start (mode 0600), and used to sign every receipt. The public half is
 * published so that anyone can check a receipt without trusting the collector.
 */
import { Buffer } from 'node:buffer';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { canonicalJson } from '../core/log.js';
import { describeError } from '../core/problems.js';

export interface PublicKeyJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface ReceiptSigner {
  /** The RFC 7638 JWK thumbprint of the public key (base64url SHA-256). */
  keyId: string;
  /** The raw 32-byte public key, base64url. */
  publicKey: string;
  publicKeyJwk: PublicKeyJwk;
  /** Base64url Ed25519 signature over the UTF-8 bytes of `canonicalJson(payload)`. */
  sign(payload: unknown): string;
  /** Whether the key file was created by this call. */
  created: boolean;
  /** A warning worth logging, e.g. a key file others can read. */
  warning: string | null;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function readOrCreateKey(path: string): Promise<{ key: KeyObject; created: boolean }> {
  try {
    return { key: createPrivateKey(await readFile(path, 'utf8')), created: false };
  } catch (error) {
    if (!isMissing(error)) throw new Error(`cannot use the signing key ${path}: ${describeError(error)}`);
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    // `wx`: never overwrite a key another process created a moment ago; its receipts would stop verifying.
    await writeFile(path, pem, { mode: 0o600, flag: 'wx' });
    return { key: privateKey, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { key: createPrivateKey(await readFile(path, 'utf8')), created: false };
    throw new Error(`cannot create the signing key ${path}: ${describeError(error)}`);
  }
}

export async function loadOrCreateSigner(path: string): Promise<ReceiptSigner> {
  const { key, created } = await readOrCreateKey(path);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key ${path} is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, expected Ed25519`);
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  const x = String(jwk.x);
  const keyId = createHash('sha256').update(canonicalJson({ crv: 'Ed25519', kty: 'OKP', x }), 'utf8').digest('base64url');
  const mode = (await stat(path)).mode & 0o777;
  return {
    keyId,
    publicKey: x,
    publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x, kid: keyId, alg: 'EdDSA', use: 'sig' },
    sign: (payload) => sign(null, Buffer.from(canonicalJson(payload), 'utf8'), key).toString('base64url'),
    created,
    warning: mode & 0o077 ? `the signing key ${path} can be read by other users (mode ${mode.toString(8)}): chmod 600 it` : null,
  };
}
