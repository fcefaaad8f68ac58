import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { frontdeskProxy } from './server/entries/vite-plugin.ts';

// The dev server and `vite preview` bind loopback only; the proxy is mounted by the
// Frontdesk plugin (server/entries/vite-plugin.ts) so the SPA routes stay Vite's.
export default defineConfig({
  plugins: [react(), frontdeskProxy()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // Source maps are built for error tracking but not referenced from the bundles, and the servers
  // refuse to serve them (server/http/security-headers.ts).
  // No modulepreload polyfill: every browser the es2022 target is for but Safari 16 has modulepreload,
  // and there the chunks still load, only without being fetched ahead.
  // A lazy chunk's own imports are not listed in the chunk that imports it, only its stylesheets (which
  // must be in place before it renders): it imports its code itself when it runs, and the idle preload
  // (src/features/appointments/use-preload.ts) fetches the lazy chunks ahead anyway. Listing them cost
  // the list route's bundle a few hundred bytes of file names. index.html still preloads everything.
  build: {
    sourcemap: 'hidden',
    target: 'es2022',
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  },
});
