import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Encryption at rest for ID and bank-card numbers: AES-256-GCM (authenticated), with a keyed
 * HMAC-SHA256 for exact lookup and uniqueness. Both keys are derived from one data key, so an
 * operator keeps one secret. Ciphertext layout: version byte | 12-byte IV | ciphertext | 16-byte tag.
 */
export interface Sealer {
  seal(plain: string): Buffer;
  open(sealed: Buffer | Uint8Array): string;
  /** Stable keyed hash: the same value always gives the same hash; unreadable without the key. */
  lookupHash(plain: string): string;
  /** A connection cursor sealed for the client: opaque (base64url) and tamper-evident. */
  sealCursor(plain: string): string;
  /** The cursor as the server issued it, or undefined when it was not sealed under this key. */
  openCursor(sealed: string): string | undefined;
}

const FORMAT_VERSION = 1;

export function parseDataKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new Error(
      'BANGFU_DATA_KEY must be 32 bytes, as 64 hex characters or base64 (openssl rand -base64 32)',
    );
  }
  return key;
}

function aesSeal(key: Buffer, plain: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, body, cipher.getAuthTag()]);
}

function aesOpen(key: Buffer, data: Buffer): string {
  if (data.length < 29 || data[0] !== FORMAT_VERSION) throw new Error('unknown ciphertext format');
  const iv = data.subarray(1, 13);
  const tag = data.subarray(data.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(data.subarray(13, data.length - 16)),
    decipher.final(),
  ]).toString('utf8');
}

export function createSealer(dataKey: Buffer): Sealer {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), info, 32));
  const encryptionKey = derive('bangfu/encryption/v1');
  const lookupKey = derive('bangfu/lookup/v1');
  // A key of its own, so a sealed ID number can never be passed back as a cursor or vice versa.
  const cursorKey = derive('bangfu/cursor/v1');
  return {
    seal: (plain) => aesSeal(encryptionKey, plain),
    open: (sealed) => aesOpen(encryptionKey, Buffer.from(sealed)),
    lookupHash(plain) {
      return createHmac('sha256', lookupKey).update(plain, 'utf8').digest('base64url');
    },
    sealCursor(plain) {
      return aesSeal(cursorKey, plain).toString('base64url');
    },
    openCursor(sealed) {
      if (!/^[A-Za-z0-9_-]{40,}$/.test(sealed)) return undefined;
      try {
        return aesOpen(cursorKey, Buffer.from(sealed, 'base64url'));
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The data key: from BANGFU_DATA_KEY, or in demo mode a key generated once and kept in the data
 * dir (losing it makes the demo's encrypted numbers unreadable, which is acceptable for demo data).
 */
export function loadDataKey(options: {
  dataKey?: string | undefined;
  demo: boolean;
  dataDir: string;
}): Buffer {
  if (options.dataKey) return parseDataKey(options.dataKey);
  if (!options.demo) {
    throw new Error(
      'BANGFU_DATA_KEY is required outside demo mode (32 bytes, base64): openssl rand -base64 32',
    );
  }
  const file = join(options.dataDir, 'data-key');
  if (existsSync(file)) return parseDataKey(readFileSync(file, 'utf8'));
  mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  return key;
}
