import { crc32, createDeflateRaw } from 'node:zlib';

/*
 * A zip writer for hostile workbooks: parts whose content is generated in chunks (so a part can
 * inflate to gigabytes without the test ever holding it), and headers that may lie about sizes.
 */

export interface ZipPart {
  name: string;
  /** The part's content, chunk by chunk. */
  chunks: () => Iterable<string | Buffer>;
  /** Declare this uncompressed size instead of the true one (a bomb in disguise). */
  declaredSize?: number;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

async function deflate(chunks: Iterable<string | Buffer>) {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, w]) => n + w, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value >>> 0, at);
    at += width;
  }
  return buffer;
}

export async function zip(parts: ZipPart[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflate(part.chunks());
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? size;
    const local = header([
      [0x04034b50, 4],
      [20, 2],
      [0x0800, 2], // UTF-8 names
      [8, 2], // deflate
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [data.length, 4],
      [declared, 4],
      [name.length, 2],
      [0, 2],
    ]);
    out.push(local, name, data);
    written.push({ name, crc, compressed: data.length, size: declared, offset });
    offset += local.length + name.length + data.length;
  }
  const directoryStart = offset;
  for (const w of written) {
    const entry = header([
      [0x02014b50, 4],
      [20, 2],
      [20, 2],
      [0x0800, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [w.crc, 4],
      [w.compressed, 4],
      [w.size, 4],
      [w.name.length, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [w.offset, 4],
    ]);
    out.push(entry, w.name);
    offset += entry.length + w.name.length;
  }
  out.push(
    header([
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [written.length, 2],
      [written.length, 2],
      [offset - directoryStart, 4],
      [directoryStart, 4],
      [0, 2],
    ]),
  );
  return Buffer.concat(out);
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="档案" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/**
 * A minimal .xlsx whose 档案 sheet is `rows()` (XML `<row>` elements, generated lazily), with the
 * sheet's size declared truthfully or as `declaredSheetSize`.
 */
export function workbookOfRows(rows: () => Iterable<string>, declaredSheetSize?: number) {
  const once = (text: string) => () => [text];
  return zip([
    { name: 'xl/workbook.xml', chunks: once(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', chunks: once(RELS) },
    { name: 'xl/sharedStrings.xml', chunks: once('<sst count="0" uniqueCount="0"/>') },
    {
      name: 'xl/worksheets/sheet1.xml',
      declaredSize: declaredSheetSize,
      chunks: function* () {
        yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
        yield* rows();
        yield '</sheetData></worksheet>';
      },
    },
  ]);
}

/** A workbook that inflates to about `bytes` of identical rows: 1 MiB chunks, never held whole. */
export function zipBomb(bytes: number, options: { lie?: boolean } = {}) {
  const row = '<row><c><v>1</v></c></row>';
  const chunk = row.repeat(Math.floor((1024 * 1024) / row.length));
  const chunks = Math.ceil(bytes / chunk.length);
  return workbookOfRows(
    function* () {
      for (let i = 0; i < chunks; i++) yield chunk;
    },
    options.lie ? 4096 : undefined,
  );
}
