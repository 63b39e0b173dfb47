import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Root is web/ so index.html sits there; the build goes to web/dist, which the
// API server serves at `/`. Everything is bundled (no CDN, no web fonts) so the
// explorer works offline.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The layout worker imports Cytoscape and its layouts as ES modules.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // web imports cypher/model for the legend: allow the repo root.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
