import { Worker } from 'node:worker_threads';

/*
 * An image attachment is accepted only when it is wholly that image: its blocks walked from the
 * signature to the end marker with nothing after them, and its pixels decoded. A PNG signature
 * followed by a web page, or a JPEG with a script appended, is refused here.
 */

/** 50 million pixels: a 50 MP phone photo or an A4 page scanned at 600 dpi (35 MP) fits. */
export const IMAGE_MAX_PIXELS = 50_000_000;

export class NotTheFormat extends Error {}
export class TooManyPixels extends Error {
  constructor(readonly pixels: number) {
    super('too many pixels');
  }
}

function requirePixels(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new NotTheFormat('no pixels');
  if (width * height > IMAGE_MAX_PIXELS) throw new TooManyPixels(width * height);
}

// ---- PNG: chunks (length, type, data, CRC) from the signature to IEND, which ends the file.

export function checkPng(bytes: Buffer): void {
  let at = 8;
  let sawHeader = false;
  for (;;) {
    if (at + 12 > bytes.length) throw new NotTheFormat('truncated chunk');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new NotTheFormat('not a chunk');
    if (!sawHeader) {
      if (type !== 'IHDR' || length !== 13) throw new NotTheFormat('no IHDR first');
      requirePixels(bytes.readUInt32BE(at + 8), bytes.readUInt32BE(at + 12));
      sawHeader = true;
    }
    at += 12 + length;
    if (at > bytes.length) throw new NotTheFormat('truncated chunk');
    if (type === 'IEND') break;
  }
  if (at !== bytes.length) throw new NotTheFormat('bytes after IEND');
}

// ---- JPEG: marker segments and entropy-coded data from SOI to EOI.

const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
const isFrameHeader = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks one JPEG starting at `from` (its SOI); returns where its EOI ends and its frame size. */
function walkJpeg(bytes: Buffer, from: number): { end: number; width: number; height: number } {
  if (bytes[from] !== 0xff || bytes[from + 1] !== 0xd8) throw new NotTheFormat('no SOI');
  let at = from + 2;
  let size = { width: 0, height: 0 };
  for (;;) {
    if (bytes[at] !== 0xff) throw new NotTheFormat('not a marker');
    while (bytes[at] === 0xff) at++;
    const marker = bytes[at++];
    if (marker === undefined) throw new NotTheFormat('truncated');
    if (marker === 0xd9) return { end: at, ...size };
    if (isStandalone(marker)) continue;
    if (at + 2 > bytes.length) throw new NotTheFormat('truncated');
    const length = bytes.readUInt16BE(at);
    if (length < 2 || at + length > bytes.length) throw new NotTheFormat('bad segment length');
    if (isFrameHeader(marker) && length >= 7)
      size = { height: bytes.readUInt16BE(at + 3), width: bytes.readUInt16BE(at + 5) };
    at += length;
    if (marker !== 0xda) continue;
    // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or a restart marker inside it.
    while (at < bytes.length) {
      if (bytes[at] !== 0xff) at++;
      else if (bytes[at + 1] === 0x00 || isStandalone(bytes[at + 1] ?? 0)) at += 2;
      else break;
    }
  }
}

/**
 * What phones legitimately put after a photo's EOI: zero padding, further JPEGs (MPF: an HDR gain
 * map, a depth map) and Samsung's trailer, which ends in "SEFT". Anything else is refused. (Bytes
 * that ride along are never run: downloads are served as the image type, nosniff and sandboxed.)
 */
function checkJpegTrailer(bytes: Buffer, from: number): void {
  let at = from;
  for (;;) {
    while (bytes[at] === 0x00) at++;
    if (at >= bytes.length) return;
    if (bytes[at] === 0xff && bytes[at + 1] === 0xd8) at = walkJpeg(bytes, at).end;
    else if (bytes.toString('latin1', bytes.length - 4) === 'SEFT') return;
    else throw new NotTheFormat('bytes after EOI');
  }
}

export function checkJpeg(bytes: Buffer): void {
  const { end, width, height } = walkJpeg(bytes, 0);
  requirePixels(width, height);
  checkJpegTrailer(bytes, end);
}

// ---- WebP: RIFF chunks that fill the file exactly (libwebp then decodes it, in WebAssembly).

function webpSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.readUInt32LE(4) + 8 !== bytes.length) throw new NotTheFormat('RIFF size');
  const first = bytes.toString('latin1', 12, 16);
  let at = 12;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw new NotTheFormat('truncated chunk');
    at += 8 + bytes.readUInt32LE(at + 4);
    at += at % 2; // chunks are padded to an even size
    if (at > bytes.length) throw new NotTheFormat('truncated chunk');
  }
  const data = 20;
  if (first === 'VP8X')
    return { width: bytes.readUIntLE(data + 4, 3) + 1, height: bytes.readUIntLE(data + 7, 3) + 1 };
  if (first === 'VP8L' && bytes[data] === 0x2f) {
    const bits = bytes.readUInt32LE(data + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (first === 'VP8 ' && bytes.readUIntBE(data + 3, 3) === 0x9d012a)
    return {
      width: bytes.readUInt16LE(data + 6) & 0x3fff,
      height: bytes.readUInt16LE(data + 8) & 0x3fff,
    };
  throw new NotTheFormat('no VP8 frame');
}

export function checkWebp(bytes: Buffer): void {
  if (bytes.length < 30) throw new NotTheFormat('too short');
  const { width, height } = webpSize(bytes);
  requirePixels(width, height);
}

const WORKER = new URL('./decode-worker.mjs', import.meta.url);

/**
 * Decodes every pixel in a worker thread of its own (seconds for a large photo in JavaScript,
 * which must not stall other requests; its memory is freed when it exits). Throws NotTheFormat
 * when the image does not decode. Call after the structure checks, which bound its size.
 */
export function decodeImage(type: 'image/png' | 'image/jpeg' | 'image/webp', bytes: Buffer) {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { maxPixels: IMAGE_MAX_PIXELS },
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
    });
    worker.once('message', (answer: { ok: boolean; reason?: string }) => {
      if (answer.ok) resolve();
      else reject(new NotTheFormat(answer.reason));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`image decoder stopped (${code})`)));
    worker.postMessage({ type, bytes });
  });
}
