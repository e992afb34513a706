import { defineConfig } from 'vite';

/**
 * The renderer is loaded from disk by Electron and from 127.0.0.1 by the browser preview, both under
 * CSP `script-src 'self'`: relative asset paths, no inline scripts, nothing fetched from the network.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be harmless, but nothing here needs it and it is one less thing under CSP.
    modulePreload: { polyfill: false },
    target: 'chrome130',
    sourcemap: false,
    // Loaded from disk, never over a network: one bundle is simpler than chunks and costs nothing.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
});
