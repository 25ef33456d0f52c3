// Vite build of the viewer: a static page served by the API at `/` (same origin).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const lib = (p) => fileURLToPath(new URL(`../../libs/${p}/src/index.ts`, import.meta.url));

export default defineConfig({
  base: './',
  resolve: {
    alias: { '@toile/flow-model': lib('flow-model') },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
