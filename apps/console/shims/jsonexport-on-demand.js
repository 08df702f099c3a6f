/*
 * ra-core's default CSV exporter imports jsonexport at the top of every list, though the console's
 * lists set `exporter={false}` (spreadsheets come from the API). Vite hands ra-core this stand-in
 * (vite.config.ts), which fetches the real jsonexport the first time anything exports, so it is
 * not part of a list's first load. Same calls, same answers: a callback, or a promise without one.
 */
const load = () => import('jsonexport/dist/index.js').then((m) => m.default);

export default function jsonExport(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
  const exported = load().then((convert) => convert(...args));
  if (!callback) return exported;
  exported.catch((error) => callback(error));
}
