import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; the server serves the built files from dist/client.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
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
});
