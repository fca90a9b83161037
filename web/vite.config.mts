// Builds the browser app: two pages, /explore (graph explorer) and /ide (GraphiQL), into web/dist.
// Every asset is bundled and served by the API server under /web/; nothing is loaded from a CDN at run time.
import path from 'node:path';
import { defineConfig } from 'vite';

const webDir = import.meta.dirname;

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
      // React libraries mark modules "use client"; that means nothing in a plain client bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: path.join(webDir, 'explorer', 'index.html'),
        ide: path.join(webDir, 'ide', 'index.html'),
      },
    },
  },
  // GraphiQL's worker setup imports Monaco's workers with `?worker`, which only Vite itself (not the dev
  // pre-bundler) understands.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: {
    // `npx vite --config web/vite.config.mts` for development, beside `npm start`: /graphql goes to the API at
    // CLUSTERGRAPH_URL (the variable clients and notebooks use), http://localhost:4000/graphql by default.
    proxy: { '/graphql': new URL(process.env['CLUSTERGRAPH_URL'] ?? 'http://localhost:4000/graphql').origin },
    fs: { allow: [path.resolve(webDir, '..')] },
  },
});
