/* global WebAssembly */
// Decodes one image off the main thread: a large photo takes seconds of pure computation, which
// would stall every other request. Plain JavaScript so it loads the same under tsx, vitest and node.
// Receives { type, bytes }; answers { ok: true } or { ok: false, reason }.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);

/** libwebp's decoder as @cwasm/webp ships it; the worker's exit frees its memory. */
function decodeWebp(bytes) {
  const code = readFileSync(
    join(dirname(require.resolve('@cwasm/webp/package.json')), 'webp.wasm'),
  );
  const refuse = () => {
    throw new Error('WASI call not available');
  };
  const instance = new WebAssembly.Instance(new WebAssembly.Module(code), {
    wasi_snapshot_preview1: { fd_close: refuse, fd_seek: refuse, fd_write: refuse },
  });
  const wasm = instance.exports;
  const input = wasm.malloc(bytes.length);
  new Uint8Array(wasm.memory.buffer, input, bytes.length).set(bytes);
  const dimensions = wasm.malloc(8);
  if (wasm.WebPDecodeRGBA(input, bytes.length, dimensions, dimensions + 4) === 0)
    throw new Error('libwebp could not decode it');
}

const DECODERS = {
  // Checks every CRC, inflates and unfilters every row.
  'image/png': (bytes) => PNG.sync.read(bytes, { checkCRC: true }),
  'image/jpeg': (bytes) =>
    jpeg.decode(bytes, {
      useTArray: true,
      tolerantDecoding: false,
      formatAsRGBA: false,
      maxResolutionInMP: workerData.maxPixels / 1_000_000,
      maxMemoryUsageInMB: 1024,
    }),
  'image/webp': decodeWebp,
};

parentPort.once('message', ({ type, bytes }) => {
  try {
    DECODERS[type](Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, reason: String(error?.message ?? error) });
  }
});
