import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocumentsByName, jsonexportOnDemand } from './bundle-plugins.js';

// The API serves the built console at `/` and GraphQL at `/graphql` on one port; in development
// Vite proxies /graphql and the file endpoints to an API started separately
// (`pnpm --filter @bangfu/api dev`).
const api = process.env.BANGFU_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), graphqlDocumentsByName(), jsonexportOnDemand()],
  resolve: {
    alias: {
      'object.entries': fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)),
    },
  },
  build: { manifest: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': api, '/spreadsheets': api, '/attachments': api } },
});
