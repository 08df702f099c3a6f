import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { verifyAttachment } from '../src/attachments/verify.js';
import { jpegFile, pdfFile, pngFile, WEBP_LOSSLESS, WEBP_LOSSY } from './support/files.js';

/*
 * Attachments are judged by their whole structure, on real files generated here: images decoded,
 * PDFs read for anything a reader would run. Each refusal has its stable code and a Chinese message.
 */

const HTML = Buffer.from('<html><body><script>fetch("/graphql")</script></body></html>');

async function refusal(bytes: Buffer) {
  const result = await verifyAttachment(bytes);
  if (result.ok) throw new Error(`accepted as ${result.value.contentType}`);
  return { code: result.code, message: result.message };
}
const accepted = async (bytes: Buffer) => {
  const result = await verifyAttachment(bytes);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value.contentType;
};

describe('images are decoded whole', () => {
  it('accepts real PNG, JPEG and WebP files', async () => {
    expect(await accepted(pngFile(40, 30))).toBe('image/png');
    const rgba = new PNG({ width: 5, height: 7 });
    rgba.data.fill(200);
    expect(await accepted(PNG.sync.write(rgba))).toBe('image/png');
    expect(await accepted(jpegFile(64, 48))).toBe('image/jpeg');
    expect(await accepted(WEBP_LOSSLESS)).toBe('image/webp');
    expect(await accepted(WEBP_LOSSY)).toBe('image/webp');
  });

  it('refuses a PNG signature followed by HTML, and HTML after a whole PNG', async () => {
    const signature = pngFile().subarray(0, 8);
    for (const file of [
      Buffer.concat([signature, HTML]),
      Buffer.concat([pngFile(), HTML]),
      Buffer.concat([pngFile().subarray(0, 33), HTML]),
    ]) {
      expect(await refusal(file)).toEqual({
        code: 'ATTACHMENT_DAMAGED',
        message: expect.stringContaining('不是完整有效的PNG文件'),
      });
    }
  });

  it('refuses a PNG whose pixels do not decode or whose checksum is wrong', async () => {
    const png = pngFile(20, 20);
    const badCrc = Buffer.from(png);
    badCrc[png.length - 13]! ^= 0xff; // the IDAT chunk's CRC
    expect((await refusal(badCrc)).code).toBe('ATTACHMENT_DAMAGED');
    // IHDR says 20×20 but the compressed rows hold only two.
    const short = pngFile(20, 2);
    const header = Buffer.from(short);
    header.writeUInt32BE(20, 20);
    expect((await refusal(header)).code).toBe('ATTACHMENT_DAMAGED');
  });

  it('refuses a JPEG cut short, or with a page appended; accepts a second picture after it', async () => {
    const photo = jpegFile(64, 48);
    expect((await refusal(photo.subarray(0, photo.length - 40))).code).toBe('ATTACHMENT_DAMAGED');
    expect(await refusal(Buffer.concat([photo, HTML]))).toEqual({
      code: 'ATTACHMENT_DAMAGED',
      message: expect.stringContaining('JPEG'),
    });
    expect((await refusal(Buffer.concat([photo.subarray(0, 3), HTML]))).code).toBe(
      'ATTACHMENT_DAMAGED',
    );
    // Phones append a gain map or depth map as a further JPEG (MPF).
    expect(await accepted(Buffer.concat([photo, jpegFile(8, 8)]))).toBe('image/jpeg');
  });

  it('refuses a WebP with bytes past its RIFF size or a broken frame', async () => {
    expect((await refusal(Buffer.concat([WEBP_LOSSY, HTML]))).code).toBe('ATTACHMENT_DAMAGED');
    const broken = Buffer.from(WEBP_LOSSLESS);
    broken.fill(0xee, 25);
    expect((await refusal(broken)).code).toBe('ATTACHMENT_DAMAGED');
  });

  it('refuses an image of more than 50 million pixels before decoding it', async () => {
    // 10000 × 10000 of one colour compresses to little: decoded it would take 400 MB.
    const header = pngFile(1, 1);
    const big = Buffer.from(header);
    big.writeUInt32BE(10000, 16);
    big.writeUInt32BE(10000, 20);
    expect(await refusal(big)).toEqual({
      code: 'ATTACHMENT_TOO_MANY_PIXELS',
      message: expect.stringMatching(/约100百万像素.*最多50百万像素/),
    });
  });

  it('never accepts arbitrary bytes behind an image signature (property)', async () => {
    const signatures = [pngFile().subarray(0, 8), jpegFile().subarray(0, 3)];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 300 }),
        async (sig, tail) => {
          const result = await verifyAttachment(Buffer.concat([sig, tail]));
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('PDFs are read for anything that would run', () => {
  it('accepts a plain PDF, and one that opens at a page (a destination, not an action)', async () => {
    expect(await accepted(pdfFile('income'))).toBe('application/pdf');
    expect(await accepted(pdfFile('income', 0, { catalog: '/OpenAction [3 0 R /Fit]' }))).toBe(
      'application/pdf',
    );
  });

  const ACTIVE: [string, Parameters<typeof pdfFile>[2]][] = [
    [
      'OpenAction',
      { catalog: '/OpenAction 6 0 R', objects: ['<< /Type /Action /S /Named /N /Print >>'] },
    ],
    [
      'JavaScript',
      { catalog: '/OpenAction [3 0 R /Fit] /Names 6 0 R', objects: ['<< /JavaScript 7 0 R >>'] },
    ],
    ['JS', { objects: ['<< /S /J#61vaScript /J#53 (app.alert(1)) >>'] }],
    ['AA', { catalog: '/AA << /WC << /S /Named /N /Quit >> >>' }],
    ['Launch', { objects: ['<< /S /Launch /F (cmd.exe) >>'] }],
    ['EmbeddedFile', { objects: ['<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream'] }],
    ['RichMedia', { objects: ['<< /Type /Annot /Subtype /RichMedia >>'] }],
    ['XFA', { catalog: '/AcroForm << /Fields [] /XFA 6 0 R >>', objects: ['<< >>'] }],
  ];

  it.each(ACTIVE)('refuses /%s, however its name is spelled', async (feature, extras) => {
    const result = await refusal(pdfFile('x', 0, extras));
    expect(result.code).toBe('ATTACHMENT_ACTIVE_CONTENT');
    expect(result.message).toMatch(/PDF附件含有脚本/);
  });

  it('finds a script packed in a compressed object stream', async () => {
    const packed = '6 0 << /S /JavaScript /JS (app.alert(1)) >>';
    const data = deflateSync(Buffer.from(packed));
    const objStm = `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
    expect((await refusal(pdfFile('x', 0, { objects: [objStm] }))).code).toBe(
      'ATTACHMENT_ACTIVE_CONTENT',
    );
    // The same words inside a page's compressed drawing are only data: not refused.
    const drawing = deflateSync(Buffer.from('/JS Do /AA Do'));
    const page = `<< /Filter /FlateDecode /Length ${drawing.length} >>\nstream\n${drawing.toString('latin1')}\nendstream`;
    expect(await accepted(pdfFile('x', 0, { objects: [page] }))).toBe('application/pdf');
  });

  it('refuses an encrypted PDF, whose content cannot be checked', async () => {
    const encrypted = pdfFile('x', 0, {
      trailer: '/Encrypt 6 0 R',
      objects: ['<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>'],
    });
    expect(await refusal(encrypted)).toEqual({
      code: 'ATTACHMENT_ENCRYPTED',
      message: expect.stringContaining('已加密'),
    });
  });

  it('refuses a PDF without its proper header, end or cross-reference', async () => {
    const pdf = pdfFile('x');
    const cases = [
      Buffer.concat([Buffer.from('%PDF-1.4\n'), HTML]),
      pdf.subarray(0, pdf.length - 7), // no %%EOF
      Buffer.concat([pdf, HTML]), // something after %%EOF
      Buffer.from(pdf.toString('latin1').replace('%PDF-1.4', '%PDF-9.9'), 'latin1'),
      Buffer.from(pdf.toString('latin1').replace(/startxref\n\d+/, 'startxref\n12'), 'latin1'),
    ];
    for (const file of cases)
      expect(await refusal(file)).toEqual({
        code: 'ATTACHMENT_DAMAGED',
        message: expect.stringContaining('PDF'),
      });
  });
});
