import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { loginMessageSections } from './client/i18n/loginMessageSections.ts';

/**
 * `virtual:login-messages`: the few sections of the Chinese catalogue the login page shows, so
 * its first load does not carry the whole catalogue (about 16 KB gzip of the login page's JS). The
 * catalogue itself stays one file; the other pages fetch it whole (client/i18n/allMessages.ts).
 */
export function loginMessages(): Plugin {
  const id = 'virtual:login-messages';
  const resolvedId = `\0${id}`;
  const catalogue = fileURLToPath(new URL('./client/i18n/zh-CN.json', import.meta.url));
  return {
    name: 'login-messages',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(loadedId) {
      if (loadedId !== resolvedId) return undefined;
      this.addWatchFile(catalogue);
      const messages = JSON.parse(readFileSync(catalogue, 'utf8')) as Record<string, unknown>;
      const picked = Object.fromEntries(
        loginMessageSections.map((section) => {
          if (!(section in messages)) throw new Error(`zh-CN.json has no section ${section} for the login page`);
          return [section, messages[section]];
        }),
      );
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}

// The client lives in client/; the server serves the built files from dist/client.
export default defineConfig(({ command }) => ({
  root: 'client',
  plugins: [
    react(),
    loginMessages(),
    // A service worker (Workbox) keeps the app shell and its assets on the computer, so a
    // guide already opened there opens again offline (its content comes from IndexedDB).
    // The API and the collaboration socket are never cached: they are live or absent.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,woff,ttf,svg,png}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/collab/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // The reads a page needs (the teacher, the guide, its copies…) answer from the network
        // and, offline only, from the last answer kept here; downloads are never kept. Logging
        // out deletes them (client/offline/offlineCache.ts).
        runtimeCaching: [
          {
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && url.pathname.startsWith('/api/') && !/\.(docx|xlsx|zip)$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'api-reads',
              expiration: { maxEntries: 300 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page runs, the login page included (React, React Router, i18next,
            // TanStack Query, zod): one chunk, instead of the handful the automatic split made of
            // them, each compressed on its own and fetched on its own.
            {
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|react-router|i18next|react-i18next|@tanstack[\\/](query-core|react-query)|zod)[\\/]/,
            },
          ],
        },
      },
    },
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
