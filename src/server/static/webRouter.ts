import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { projectRoot } from '../../config';

export interface WebRouterOptions {
  /** The Vite build output; defaults to `web/dist` in the project. */
  distDir?: string;
}

/**
 * The pages may load only what this server serves: no CDN, no third-party request. Monaco (in the IDE) and
 * Cytoscape set inline styles, hence 'unsafe-inline' for styles only; scripts and workers come from /web/assets.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A short HTML page for a page whose build is missing: what to run, instead of a bare 404. */
function missingBuildPage(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} is not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:640px;margin:60px auto;padding:0 20px;color:#0f172a;line-height:1.5}code{background:#f1f5f9;padding:2px 5px;border-radius:4px}</style></head>
<body><h1>${title} is not built</h1>
<p>The browser app lives in <code>web/</code> and is bundled by Vite into <code>web/dist/</code>, which is missing here.</p>
<p>Run <code>npm run build:web</code> (it is part of <code>npm run build</code> and so of <code>npm start</code>), then reload this page.</p>
<p>The GraphQL API itself works: <code>POST /graphql</code>.</p></body></html>
`;
}

function page(distDir: string, relativeFile: string, title: string): RequestHandler {
  const file = path.join(distDir, relativeFile);
  return (_req, res, next) => {
    // Checked per request, so a build made while the server runs is picked up without a restart.
    if (!fs.existsSync(file)) {
      res.status(503).type('html').set('Cache-Control', 'no-store').send(missingBuildPage(title));
      return;
    }
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.set('Cache-Control', 'no-cache');
    res.sendFile(file, (error) => {
      if (error) next(error);
    });
  };
}

/**
 * Serves the browser app built from web/: the graph explorer at /explore, GraphiQL at /ide (and /graphiql), and
 * their hashed bundles at /web/assets (cached for a year: a new build has new file names). Both pages talk only
 * to /graphql on the same origin.
 */
export function createWebRouter(options: WebRouterOptions = {}): Router {
  const distDir = options.distDir ?? path.join(projectRoot, 'web', 'dist');
  const router = express.Router();
  router.get('/explore', page(distDir, path.join('explorer', 'index.html'), 'The explorer'));
  router.get(['/ide', '/graphiql'], page(distDir, path.join('ide', 'index.html'), 'The GraphQL IDE'));
  router.use(
    '/web/assets',
    express.static(path.join(distDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY),
    }),
  );
  return router;
}
