import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The client lives in client/; the server serves the built files from dist/client.
export default defineConfig(({ command }) => ({
  root: 'client',
  plugins: [react()],
  resolve: {
    // React Router's package points every bundler at its development build (warnings and
    // checks included); the production build is the same API without them.
    alias:
      command === 'build'
        ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
        : [],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The manifest tells the benchmark which chunks each page loads (bench/bundleSize.ts).
    manifest: true,
    // Every asset is a file served from the app's own origin (KaTeX's smallest font would
    // otherwise be inlined as a data: URL), so the Content-Security-Policy needs no data: fonts.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: {
      // Only API calls, not the client's own modules under client/api/.
      '^/api/(?!.*\\.tsx?$)': 'http://localhost:3000',
      '/collab': { target: 'ws://localhost:3000', ws: true },
    },
  },
}));
