import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The API serves the built console at `/` and GraphQL at `/graphql` on one port; in development
// Vite proxies /graphql and the file endpoints to an API started separately
// (`pnpm --filter @bangfu/api dev`).
const api = process.env.BANGFU_API ?? 'http://localhost:4000';

/**
 * ra-core's CSV exporter (jsonexport) becomes a stand-in that loads it on first use: no console
 * list exports through it, yet ra-core imports it in every list (shims/jsonexport-on-demand.js).
 */
function jsonexportOnDemand(): Plugin {
  const standIn = fileURLToPath(new URL('./shims/jsonexport-on-demand.js', import.meta.url));
  const real = 'jsonexport/dist/index.js';
  let raCoreExporter: string | undefined;
  return {
    name: 'bangfu:jsonexport-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== real || !importer) return null;
      // The stand-in's own import resolves where ra-core's would (the console has no jsonexport).
      if (importer === standIn) return this.resolve(real, raCoreExporter, { skipSelf: true });
      raCoreExporter = importer;
      return standIn;
    },
  };
}

export default defineConfig({
  plugins: [react(), jsonexportOnDemand()],
  resolve: {
    alias: {
      'object.entries': fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)),
    },
  },
  build: { manifest: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': api, '/spreadsheets': api, '/attachments': api } },
});
