import yauzl from 'yauzl';

/*
 * An .xlsx is a zip, and a zip can be a bomb: 1.85 MB that inflates to 1.6 GB. Before any
 * spreadsheet code sees an upload, its zip is checked here without keeping anything inflated:
 * the central directory's declared sizes must add up to less than the limit (most bombs stop
 * here, at once), and then every entry is inflated as a stream and counted — yauzl refuses an
 * entry that inflates to more than it declared, so a lying header is caught after a few bytes.
 * Only a workbook that passes reaches the streaming reader (read.ts).
 */

export const WORKBOOK_LIMITS = {
  /** All parts of the workbook, inflated. A full 5,000-archive import is about 40 MB. */
  inflatedBytes: 100 * 1024 * 1024,
  /** Files inside the zip (a workbook has a dozen or two). */
  entries: 1000,
};

export type ZipVerdict =
  | { ok: true; inflatedBytes: number }
  | { ok: false; code: 'SPREADSHEET_UNREADABLE' | 'SPREADSHEET_TOO_LARGE_UNPACKED' };

type Limits = typeof WORKBOOK_LIMITS;

function openZip(file: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      file,
      // Entries are listed first and inflated afterwards: the zip must stay open in between.
      { lazyEntries: true, validateEntrySizes: true, autoClose: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    ),
  );
}

function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.destroy();
          resolve(size);
        }
      });
      stream.on('end', () => resolve(size));
      stream.on('error', reject);
    });
  });
}

/** Whether the workbook's zip stays within the limits when inflated; nothing is kept. */
export async function checkWorkbookZip(
  file: Buffer,
  limits: Limits = WORKBOOK_LIMITS,
): Promise<ZipVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    return { ok: false, code: 'SPREADSHEET_UNREADABLE' };
  }
  const tooLarge = { ok: false, code: 'SPREADSHEET_TOO_LARGE_UNPACKED' } as const;
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  try {
    if (zip.entryCount > limits.entries) return tooLarge;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        declared += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    if (declared > limits.inflatedBytes) return tooLarge;
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      inflated += await inflatedSize(zip, entry, limits.inflatedBytes - inflated);
      if (inflated > limits.inflatedBytes) return tooLarge;
    }
    return { ok: true, inflatedBytes: inflated };
  } catch (error) {
    // An entry that inflates past what its header declared is a bomb in disguise.
    if (/too many bytes/.test((error as Error).message)) return tooLarge;
    return { ok: false, code: 'SPREADSHEET_UNREADABLE' };
  } finally {
    zip.close();
  }
}
