import { inflateSync } from 'node:zlib';

/*
 * A PDF attachment is a document to read, never a program: it must be a whole PDF (header, a
 * startxref that points at its cross-reference, %%EOF at the end) and hold nothing a reader would
 * run or open by itself. Objects are read token by token — names with #xx escapes decoded, object
 * streams inflated — so neither `/J#53` nor a catalog packed into a compressed stream hides a script.
 */

export class NotAPdf extends Error {}
export class EncryptedPdf extends Error {}
export class ActivePdf extends Error {
  constructor(readonly feature: string) {
    super(`active content: ${feature}`);
  }
}

/** Names that make a reader run, launch or open something (the value of /S, a key, a type). */
const ACTIVE_NAMES = new Set([
  'JavaScript',
  'JS',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToE',
  'Rendition',
]);

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (byte: number | undefined) =>
  byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);

const MAX_INFLATED = 64 * 1024 * 1024;

/** The stream's data: its /Length when direct and sound, else up to `endstream`. */
function streamData(bytes: Buffer, dict: string, from: number): { data: Buffer; end: number } {
  let start = from;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    const end = start + Number(length[1]);
    if (/^\s*endstream/.test(bytes.toString('latin1', end, end + 20)))
      return { data: bytes.subarray(start, end), end };
  }
  const end = bytes.indexOf('endstream', start, 'latin1');
  if (end < 0) throw new NotAPdf('stream without endstream');
  return { data: bytes.subarray(start, end), end };
}

/** Objects packed in an object stream, inflated; other filters cannot be checked, so are refused. */
function objectStreamContent(dict: string, data: Buffer): Buffer {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict)?.[1] ?? '';
  const filters = [...filter.matchAll(/\/([^\s/[\]<>()]+)/g)].map((m) => m[1]);
  if (filters.length === 0) return data;
  if (filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl')) {
    try {
      return inflateSync(data, { maxOutputLength: MAX_INFLATED });
    } catch {
      throw new NotAPdf('object stream does not inflate');
    }
  }
  throw new NotAPdf(`object stream filtered by ${filter}`);
}

/** Reads every token of `bytes`; throws on an active name, recurses into object streams. */
function scan(bytes: Buffer, inObjectStream: boolean): void {
  const dictStarts: number[] = [];
  let lastDict = '';
  let at = 0;
  const text = (from: number, to: number) => bytes.toString('latin1', from, to);
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (WHITESPACE.has(byte)) at++;
    else if (byte === 0x25 /* % */) {
      while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else if (byte === 0x28 /* ( */) {
      let depth = 0;
      for (; at < bytes.length; at++) {
        if (bytes[at] === 0x5c /* \ */) at++;
        else if (bytes[at] === 0x28) depth++;
        else if (bytes[at] === 0x29 && --depth === 0) break;
      }
      at++;
    } else if (byte === 0x3c && bytes[at + 1] === 0x3c) {
      dictStarts.push(at);
      at += 2;
    } else if (byte === 0x3e && bytes[at + 1] === 0x3e) {
      at += 2;
      const start = dictStarts.pop();
      if (start !== undefined) lastDict = text(start, at);
    } else if (byte === 0x3c /* hex string */) {
      const end = bytes.indexOf(0x3e, at);
      at = end < 0 ? bytes.length : end + 1;
    } else if (byte === 0x2f /* / */) {
      const start = ++at;
      while (isRegular(bytes[at])) at++;
      const name = text(start, at).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
      if (ACTIVE_NAMES.has(name)) throw new ActivePdf(name);
      if (name === 'Encrypt') throw new EncryptedPdf();
      if (name === 'OpenAction') {
        // A destination ([page /Fit]) only opens the document at a page; an action runs something.
        while (WHITESPACE.has(bytes[at] ?? -1)) at++;
        if (bytes[at] !== 0x5b /* [ */) throw new ActivePdf(name);
      }
    } else if (isRegular(byte)) {
      const start = at;
      while (isRegular(bytes[at])) at++;
      if (text(start, at) !== 'stream') continue;
      if (inObjectStream) throw new NotAPdf('stream inside an object stream');
      const dict = lastDict.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
      const { data, end } = streamData(bytes, dict, at);
      if (/\/Type\s*\/ObjStm\b/.test(dict)) scan(objectStreamContent(dict, data), true);
      // Object syntax inside another stream is an object hidden from this scan: refused.
      else if (/\d+\s+\d+\s+obj[\s<[]/.test(data.toString('latin1')))
        throw new NotAPdf('object inside a stream');
      at = end + 'endstream'.length;
    } else at++; // a lone delimiter: [ ] { } )
  }
}

export function checkPdf(bytes: Buffer): void {
  const head = bytes.toString('latin1', 0, 16);
  if (!/^%PDF-(1\.[0-7]|2\.0)\s/.test(head)) throw new NotAPdf('header');
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 1024));
  const end = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail);
  if (!end) throw new NotAPdf('no startxref and %%EOF at the end');
  const xref = Number(end[1]);
  const atXref = bytes.toString('latin1', xref, xref + 32);
  if (xref >= bytes.length || !/^(xref\s|\d+\s+\d+\s+obj\b)/.test(atXref))
    throw new NotAPdf('startxref points at no cross-reference');
  // An encrypted file's strings and object streams cannot be read, so it cannot be checked.
  if (/\/Encrypt[\s/<[\d]/.test(bytes.toString('latin1'))) throw new EncryptedPdf();
  scan(bytes, false);
}
