import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bare page of the browser benchmark (bench/browser.ts), built like the client.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench/bareEditor', import.meta.url)),
    emptyOutDir: true,
    // One chunk on purpose: the baseline page loads everything at once.
    chunkSizeWarningLimit: 2000,
  },
});
