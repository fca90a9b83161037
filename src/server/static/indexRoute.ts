import type { RequestHandler } from 'express';

/** What the server serves, for GET /: one entry per path, the same list as JSON or as a small page. */
export const SERVED_PATHS: ReadonlyArray<{ path: string; what: string }> = [
  { path: '/graphql', what: 'the GraphQL API (POST, or GET for queries)' },
  { path: '/ide', what: 'GraphiQL, an IDE for the API in the browser' },
  { path: '/explore', what: 'the graph explorer: partner networks and supply chains drawn' },
  { path: '/export', what: 'subgraph files for graph tools: /export/partner-network, /export/supply-chain (JSON or GraphML)' },
  { path: '/health/live', what: '200 while the process serves' },
  { path: '/health/ready', what: '200 only when Neo4j answers, else 503' },
  { path: '/metrics', what: 'Prometheus metrics' },
];

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>clustergraph</title></head>
<body>
<h1>clustergraph</h1>
<p>A GraphQL knowledge graph of industry clusters.</p>
<ul>
${SERVED_PATHS.map(({ path, what }) => `<li><a href="${path}">${path}</a>: ${escapeHtml(what)}</li>`).join('\n')}
</ul>
</body>
</html>
`;

/**
 * GET /: a newcomer who opens the server's address sees where everything is. Browsers (Accept: text/html) get
 * a page of links, everything else JSON `{ name, paths: [{ path, what }] }`.
 */
export function indexRoute(): RequestHandler {
  return (req, res) => {
    if (req.accepts(['json', 'html']) === 'html') {
      res.type('html').send(PAGE);
      return;
    }
    res.json({ name: 'clustergraph', paths: SERVED_PATHS });
  };
}
