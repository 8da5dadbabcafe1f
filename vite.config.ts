// The web front end: built from src/web into dist/web, which the app server serves as static files.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The API, sign-in and the development identity provider live on the app server.
const appServer = process.env.TILSKUDD_APP_URL ?? 'http://localhost:3000';
const proxy = { '/api': appServer, '/auth': appServer, '/idp': appServer };

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // The CSP is `default-src 'self'`: data: URLs for small assets would be blocked.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare `sideEffects`, so without this every
        // component (and its combobox, virtualiser and floating-ui) lands in the bundle. Its
        // modules only define components; the custom elements they need come from
        // @digdir/designsystemet-web, which keeps its side effects.
        moduleSideEffects: [
          { test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Stable, named vendor chunks: they change less often than the app, so browsers keep them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/ },
            { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // Only the signed-in menu and the admin clock controls need these (popovers, fields).
            {
              name: 'designsystemet-web',
              test: /[\\/]node_modules[\\/](@digdir[\\/]designsystemet-web|@floating-ui|@u-elements)[\\/]/,
            },
            { name: 'designsystemet-react', test: /[\\/]node_modules[\\/](@radix-ui|clsx)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
