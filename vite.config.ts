import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  CONTENT_SECURITY_POLICY,
  ISOLATION_HEADERS,
  SECURITY_HEADERS,
  hostingHeadersFile,
} from './src/securityHeaders.ts';

/**
 * Puts the policy in the built page and writes the hosting file beside it. Only at build time,
 * because the dev server's hot reload needs inline script.
 */
function securityHeaders(): Plugin {
  return {
    name: 'tourbook-security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: hostingHeadersFile() });
    },
  };
}

export default defineConfig({
  plugins: [
    securityHeaders(),
    react(),
    VitePWA({
      // Never reload under a user's typing: a new version waits until they choose to reload.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Tourbook',
        short_name: 'Tourbook',
        description: 'Turn customer interviews into an evidence-backed Ideal Customer Profile.',
        theme_color: '#1f3a5f',
        background_color: '#f6f7f9',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // Our own worker (src/sw/sw.ts), so that what it serves carries the security headers.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  server: { headers: ISOLATION_HEADERS },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  worker: { format: 'es' },
});
