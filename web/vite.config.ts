// Builds the browser app: two pages, /explore (graph explorer) and /ide (GraphiQL), into web/dist.
// Every asset is bundled and served by the API server under /web/; nothing is loaded from a CDN at run time.
import path from 'node:path';
import { defineConfig } from 'vite';

const webDir = __dirname;

export default defineConfig({
  root: webDir,
  base: '/web/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is large by nature; the pages are served from localhost.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: {
        explorer: path.join(webDir, 'explorer', 'index.html'),
        ide: path.join(webDir, 'ide', 'index.html'),
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` for development: the API runs on its own port (npm start).
    proxy: { '/graphql': process.env['CLUSTERGRAPH_ORIGIN'] ?? 'http://127.0.0.1:4000' },
    fs: { allow: [path.resolve(webDir, '..')] },
  },
});
