import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, checkAttachment, sniffAttachmentType } from '../src/index.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('attachment formats', () => {
  it('recognises PDF, JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffAttachmentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes([0x89], 'PNG\r\n', [0x1a], '\n'))).toBe('image/png');
    expect(sniffAttachmentType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses anything else, whatever it claims to be', () => {
    for (const other of [
      bytes('<html>'),
      bytes('GIF89a'),
      bytes('PK', [3, 4]),
      bytes('RIFF', [0, 0, 0, 0], 'WAVE'),
      bytes('%PD'),
    ]) {
      expect(checkAttachment(other)).toMatchObject({
        ok: false,
        code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      });
    }
  });

  it('refuses empty files and files over 10 MiB, with Chinese messages', () => {
    expect(checkAttachment(new Uint8Array())).toMatchObject({
      ok: false,
      code: 'ATTACHMENT_EMPTY',
    });
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(bytes('%PDF-'));
    const result = checkAttachment(big);
    expect(result).toMatchObject({ ok: false, code: 'ATTACHMENT_TOO_LARGE' });
    expect(!result.ok && result.message).toContain('10MB');
    big[ATTACHMENT_MAX_BYTES] = 0;
    expect(checkAttachment(big.subarray(0, ATTACHMENT_MAX_BYTES))).toEqual({
      ok: true,
      value: 'application/pdf',
    });
  });
});
