import {
  ATTACHMENT_FORMATS,
  checkAttachment,
  problem,
  type AttachmentContentType,
  type Check,
} from '@bangfu/domain';
import {
  checkJpeg,
  checkPng,
  checkWebp,
  decodeImage,
  IMAGE_MAX_PIXELS,
  TooManyPixels,
} from './images.js';
import { ActivePdf, checkPdf, EncryptedPdf } from './pdf.js';

declare const verified: unique symbol;

/** A file whose whole structure was checked; only `verifyAttachment` makes one. */
export interface VerifiedFile {
  readonly bytes: Buffer;
  readonly contentType: AttachmentContentType;
  readonly [verified]: true;
}

const STRUCTURE: Record<AttachmentContentType, (bytes: Buffer) => void> = {
  'application/pdf': checkPdf,
  'image/jpeg': checkJpeg,
  'image/png': checkPng,
  'image/webp': checkWebp,
};

/**
 * Size, format by signature, then the whole file as that format: images walked and decoded, PDFs
 * read for anything that would run. Seconds for a large photo: call it outside transactions.
 */
export async function verifyAttachment(bytes: Buffer): Promise<Check<VerifiedFile>> {
  const sniffed = checkAttachment(bytes);
  if (!sniffed.ok) return sniffed;
  const contentType = sniffed.value;
  try {
    STRUCTURE[contentType](bytes);
    if (contentType !== 'application/pdf') await decodeImage(contentType, bytes);
  } catch (error) {
    if (error instanceof ActivePdf)
      return {
        ok: false,
        ...problem('ATTACHMENT_ACTIVE_CONTENT', { feature: `/${error.feature}` }),
      };
    if (error instanceof EncryptedPdf) return { ok: false, ...problem('ATTACHMENT_ENCRYPTED') };
    if (error instanceof TooManyPixels)
      return {
        ok: false,
        ...problem('ATTACHMENT_TOO_MANY_PIXELS', {
          megapixels: Math.ceil(error.pixels / 1_000_000),
          max: IMAGE_MAX_PIXELS / 1_000_000,
        }),
      };
    // Anything else the walkers or decoders met: not a whole, valid file of that format.
    return {
      ok: false,
      ...problem('ATTACHMENT_DAMAGED', { format: ATTACHMENT_FORMATS[contentType].label }),
    };
  }
  return { ok: true, value: { bytes, contentType } as VerifiedFile };
}
