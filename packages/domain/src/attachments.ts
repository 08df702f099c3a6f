import type { Check } from './check.js';
import { problem } from './error-codes.js';

/*
 * 附件 (proof of income, illness, disability, the worker's signed page): the file formats an
 * archive may carry. The type is judged from the file's first bytes, never from its name or the
 * declared Content-Type, which any client can set to anything.
 */

/** 10 MiB: a phone photo or a multi-page scan fits; a video does not. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_FORMATS = {
  'application/pdf': { extension: 'pdf', label: 'PDF' },
  'image/jpeg': { extension: 'jpg', label: 'JPEG' },
  'image/png': { extension: 'png', label: 'PNG' },
  'image/webp': { extension: 'webp', label: 'WebP' },
} as const;

export type AttachmentContentType = keyof typeof ATTACHMENT_FORMATS;

const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((char, i) => bytes[from + i] === char.charCodeAt(0));

/** The format whose signature the bytes start with, or null. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentContentType | null {
  if (ascii(bytes, 0, '%PDF-')) return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  return null;
}

/** Size and format of an upload: its content type when acceptable, else what to fix. */
export function checkAttachment(bytes: Uint8Array): Check<AttachmentContentType> {
  if (bytes.length === 0) return { ok: false, ...problem('ATTACHMENT_EMPTY') };
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    return {
      ok: false,
      ...problem('ATTACHMENT_TOO_LARGE', { max: ATTACHMENT_MAX_BYTES / 1024 / 1024 }),
    };
  }
  const type = sniffAttachmentType(bytes);
  return type
    ? { ok: true, value: type }
    : { ok: false, ...problem('ATTACHMENT_TYPE_NOT_ALLOWED') };
}
