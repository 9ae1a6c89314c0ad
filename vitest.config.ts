import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      'virtual:pwa-register/react': fileURLToPath(
        new URL('./test/stubs/pwaRegisterReact.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/server/**/*.test.ts',
      'test/db/**/*.test.ts',
      'test/components/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
