import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/config';
import type { GraphClient } from '../../src/graph';
import { createWebRouter } from '../../src/server/static';
import { tempDir } from '../support/tempDir';
import { createTestGraph } from '../support/testGraph';
import { startTestServer } from '../support/testServer';

/**
 * The browser app end to end: the built explorer and IDE served by the real server (in-process, over the run's
 * Neo4j with the seed graph), driven in Debian's headless Chromium through playwright-core. Playwright never
 * downloads a browser here: CHROMIUM_PATH or /usr/bin/chromium (.ci/run installs Debian's `chromium`).
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium phones home at start; the machine's closed network refuses it.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WEB_DIST = path.join(projectRoot, 'web', 'dist');
const ARTIFACTS = path.join(projectRoot, 'tests', 'artifacts');
/** Screenshots the docs show (docs/screenshots/), refreshed by this test. */
const SCREENSHOTS = path.join(projectRoot, 'docs', 'screenshots');

/** Builds the web app when this run has no build yet (`npm test` builds it in pretest; a lone jest run may not). */
function ensureWebBuild(): void {
  if (fs.existsSync(path.join(WEB_DIST, 'explorer', 'index.html')) && fs.existsSync(path.join(WEB_DIST, 'ide', 'index.html'))) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: projectRoot, stdio: 'inherit', timeout: 300_000 });
}

/** What the explorer exposes as `window.__explorer` (see web/explorer/main.ts). */
interface Probe {
  state: 'empty' | 'loading' | 'idle' | 'error';
  message: string;
  view: { kind: 'network' | 'cluster' | 'supply' } | null;
  nodeCount: number;
  edgeCount: number;
  expanded: string[];
  selected: string | null;
  path: { nodeIds: string[]; edgeKeys: string[]; length: number; via: string } | null;
  failure: { supplier: string; company: string; cutOffIds: string[]; lostStages: string[]; keptStages: string[] } | null;
  nodeIds(): string[];
  evidence: { citedOnly: boolean; sampleNodes: number; sampleEdges: number };
  nodePagePosition(id: string): { x: number; y: number } | null;
  degree(id: string): number;
  analysis: { sizeBy: string; community: boolean; communities: number | null };
}
// The page's global object as the functions below see it: they are serialised and run in the browser (Playwright
// compiles functions outside the page's CSP, which forbids evaluating strings), so they may use only their argument.
type Host = { __explorer?: Probe };

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** Records every request the page makes and every console error, for the "nothing leaves localhost" checks. */
function watch(page: Page): { requests: string[]; errors: string[] } {
  const seen = { requests: [] as string[], errors: [] as string[] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** Waits until the explorer finished its current action; fails with its status line when that action failed. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => ['idle', 'error'].includes((globalThis as Host).__explorer?.state ?? ''), undefined, { timeout: 60_000 });
  const { state, message } = await page.evaluate(() => ({ state: (globalThis as Host).__explorer!.state, message: (globalThis as Host).__explorer!.message }));
  if (state === 'error') throw new Error(`the explorer reported an error: ${message}`);
}

async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as Host).__explorer!.nodeCount);
}

async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((nodeId) => (globalThis as Host).__explorer!.nodePagePosition(nodeId), id);
}

/** Types into a search box and picks the first hit with Enter; returns the picked id. */
async function pickFirstHit(page: Page, input: string, list: string, text: string): Promise<string> {
  await page.fill(input, text);
  // Only hits found for this very text (the list may still show an earlier search's).
  const first = page.locator(`${list}[data-for="${text}"] li[data-id]`).first();
  await first.waitFor({ timeout: 30_000 });
  const id = await first.getAttribute('data-id');
  await page.press(input, 'Enter');
  if (!id) throw new Error(`no hit for ${text}`);
  return id;
}

describe('the explorer and the IDE in headless Chromium', () => {
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
    }
    ensureWebBuild();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    graph = createTestGraph();
    server = await startTestServer(graph);
    origin = `http://127.0.0.1:${server.port}`;
    // Playwright starts Chromium with a fresh, temporary profile (user data dir) of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await graph?.close();
  });

  it('serves pages that load only their own bundled assets', async () => {
    for (const pagePath of ['/explore', '/ide', '/graphiql']) {
      const response = await fetch(`${origin}${pagePath}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await response.text();
      const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      expect(references.length).toBeGreaterThan(1);
      for (const reference of references) expect(reference).toMatch(/^(\/(?!\/)|\.{0,2}\/|data:|#)/);
      for (const asset of references.filter((r) => r.startsWith('/web/assets/'))) {
        expect((await fetch(`${origin}${asset}`)).status).toBe(200);
      }
    }
  });

  it('searches, draws a partner network, expands a node and highlights a supply path', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/explore`);
      await page.waitForFunction(() => (globalThis as Host).__explorer !== undefined);

      // Search → the partner network of the first hit.
      const centerId = await pickFirstHit(page, '#search', '#search-hits', 'Fraunhofer IPMS');
      expect(centerId).toBe('fraunhofer-ipms');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.view !== null);
      await idle(page);
      const drawn = await nodeCount(page);
      expect(drawn).toBeGreaterThan(1);
      expect(Number(await page.getAttribute('#graph', 'data-node-count'))).toBe(drawn);
      await page.locator(`#details[data-id="${centerId}"]`).waitFor();
      await expect(page.locator('#details .sources li').count()).resolves.toBeGreaterThan(0);

      // Click nodes on the canvas until one whose expansion brings new actors (most partners have partners of their own).
      const candidates = (await page.evaluate(() => (globalThis as Host).__explorer!.nodeIds())).filter((id) => id !== centerId);
      let grown = false;
      for (const id of candidates.slice(0, 8)) {
        const at = await nodePosition(page, id);
        if (!at) continue;
        await page.mouse.click(at.x, at.y);
        await page
          .waitForFunction((center) => ![null, center].includes((globalThis as Host).__explorer!.selected), centerId, { timeout: 10_000 })
          .catch(() => undefined);
        const selected = await page.evaluate(() => (globalThis as Host).__explorer!.selected);
        if (!selected || selected === centerId) continue;
        await page.locator(`#details[data-id="${selected}"]`).waitFor({ timeout: 30_000 });
        const expandButton = page.locator('#expand-button');
        if (await expandButton.isDisabled()) continue;
        const before = await nodeCount(page);
        await expandButton.click();
        await page.waitForFunction((nodeId) => (globalThis as Host).__explorer!.expanded.includes(nodeId), selected, { timeout: 60_000 });
        await idle(page);
        if ((await nodeCount(page)) > before) {
          grown = true;
          break;
        }
      }
      expect(grown).toBe(true);

      // A supply path between two companies, chosen through the path boxes' own search.
      await page.selectOption('#path-mode', 'supply');
      const fromId = await pickFirstHit(page, '#path-from', '#path-from-hits', 'Wacker Nünchritz');
      const toId = await pickFirstHit(page, '#path-to', '#path-to-hits', 'Infineon Dresden');
      expect([fromId, toId]).toEqual(['wacker-nuenchritz', 'infineon-dresden']);
      await page.waitForFunction(() => (globalThis as Host).__explorer!.path !== null, undefined, { timeout: 60_000 });
      await idle(page);
      const found = (await page.evaluate(() => (globalThis as Host).__explorer!.path))!;
      expect(found.via).toBe('supplyPaths');
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found.nodeIds[0]).toBe(fromId);
      expect(found.nodeIds[found.nodeIds.length - 1]).toBe(toId);
      const drawnIds = await page.evaluate(() => (globalThis as Host).__explorer!.nodeIds());
      for (const id of found.nodeIds) expect(drawnIds).toContain(id);
      await expect(page.locator('#path-result .path-steps li').count()).resolves.toBe(found.length);

      // Show the first hop's details beside the highlighted path, for the screenshot.
      const firstHop = await nodePosition(page, fromId);
      if (firstHop) await page.mouse.click(firstHop.x, firstHop.y);
      await page.locator(`#details[data-id="${fromId}"]`).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });

      expect(seen.requests.length).toBeGreaterThan(0);
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws a cluster around its hub and a supply chain in tiers', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/explore`);
      await pickFirstHit(page, '#search', '#search-hits', 'Silicon Saxony');
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'cluster');
      await idle(page);
      expect(await nodeCount(page)).toBeGreaterThan(10);
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.degree('silicon-saxony'))).toBeGreaterThan(10);

      // Filters reload the view: fewer link kinds draw fewer links, an earlier year fewer members.
      const edgesBefore = await page.evaluate(() => (globalThis as Host).__explorer!.edgeCount);
      await page.uncheck('#link-JOINT_PROJECT');
      await page.waitForFunction((before) => (globalThis as Host).__explorer!.edgeCount < before, edgesBefore, { timeout: 60_000 });
      await idle(page);
      const membersBefore = await nodeCount(page);
      await page.uncheck('#any-date');
      await page.locator('#year').fill('2005');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.message.includes('as of 2005'), undefined, { timeout: 60_000 });
      await idle(page);
      const membersThen = await nodeCount(page);
      expect(membersThen).toBeGreaterThan(1);
      expect(membersThen).toBeLessThan(membersBefore);

      await page.goto(`${origin}/explore?supply=infineon-dresden`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'supply');
      await idle(page);
      expect(await nodeCount(page)).toBeGreaterThan(2);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-supply-chain.png') });
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws shared clusters of a network as hubs with one membership edge per member', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/explore?actor=infineon-dresden`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'network');
      await idle(page);
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.nodeIds())).not.toContain('silicon-saxony');
      await page.check('#link-SAME_CLUSTER');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.nodeIds().includes('silicon-saxony'), undefined, { timeout: 60_000 });
      await idle(page);
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.message)).toMatch(/shared cluster/);
      const { body } = await server.query(
        `{ partnerNetwork(from: "infineon-dresden", depth: 1, maxNodes: 150, filter: { linkKinds: [COLLABORATION, SUPPLY, SPIN_OFF, JOINT_PROJECT, SAME_CLUSTER] }) {
          subgraph { clusters { id memberCount } } } }`,
      );
      const clusters = (body.data?.['partnerNetwork'] as { subgraph: { clusters: Array<{ id: string; memberCount: number }> } }).subgraph.clusters;
      const saxony = clusters.find((c) => c.id === 'silicon-saxony');
      expect(saxony?.memberCount).toBeGreaterThan(5);
      // The hub's edges are its memberships: one per member drawn, not a link between every two members.
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.degree('silicon-saxony'))).toBe(saxony?.memberCount);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws sample links and actors apart, and "cited links only" leaves them out of the network', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/explore?actor=infineon-dresden`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'network');
      await idle(page);
      const all = await page.evaluate(() => (globalThis as Host).__explorer!.evidence);
      // The seed's sample overlay reaches Infineon's network: some drawn actors and links are sample data.
      expect(all.citedOnly).toBe(false);
      expect(all.sampleNodes + all.sampleEdges).toBeGreaterThan(0);
      await expect(page.locator('#legend').textContent()).resolves.toContain('sample actors');

      await page.check('#cited-only');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.message.includes('cited links only'), undefined, { timeout: 60_000 });
      await idle(page);
      const cited = await page.evaluate(() => (globalThis as Host).__explorer!.evidence);
      expect(cited).toEqual({ citedOnly: true, sampleNodes: 0, sampleEdges: 0 });
      expect(await nodeCount(page)).toBeGreaterThan(1);
      expect(page.url()).toContain('cited=1');
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-cited-only.png') });
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('"cited links only" asks the supply-chain view, the what-if and the path search for CITED and draws no sample link there', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    // Every GraphQL operation the page sends, with its variables, to check what it asked for.
    const operations: Array<{ query: string; variables: Record<string, unknown> }> = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      operations.push(request.postDataJSON() as { query: string; variables: Record<string, unknown> });
    });
    const sent = (field: string): Array<Record<string, unknown>> =>
      operations.filter((o) => new RegExp(`\\b${field}\\(`).test(o.query)).map((o) => o.variables);
    try {
      await page.goto(`${origin}/explore?supply=infineon-dresden`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'supply');
      await idle(page);
      // The sample overlay reaches Infineon Dresden's supply chain: faded companies and dotted relations.
      const all = await page.evaluate(() => (globalThis as Host).__explorer!.evidence);
      expect(all.sampleEdges).toBeGreaterThan(0);
      expect(all.sampleNodes).toBeGreaterThan(0);
      expect(sent('supplyChain').at(-1)?.['evidence']).toBe('ALL');
      const drawnAll = await nodeCount(page);

      await page.check('#cited-only');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.message.includes('cited links only'), undefined, { timeout: 60_000 });
      await idle(page);
      expect(sent('supplyChain').at(-1)?.['evidence']).toBe('CITED');
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.evidence)).toEqual({ citedOnly: true, sampleNodes: 0, sampleEdges: 0 });
      // Siltronic's cited wafer supply to Infineon Dresden stays; the sample suppliers and customers go.
      const citedIds = await page.evaluate(() => (globalThis as Host).__explorer!.nodeIds());
      expect(citedIds).toEqual(expect.arrayContaining(['infineon-dresden', 'siltronic-freiberg']));
      expect(await nodeCount(page)).toBeLessThan(drawnAll);

      // The what-if on the cited chain asks supplyDisruption for CITED too.
      const at = await nodePosition(page, 'siltronic-freiberg');
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await page.locator('#details[data-id="siltronic-freiberg"]').waitFor({ timeout: 30_000 });
      await page.locator('#fail-button').click();
      await page.waitForFunction(() => (globalThis as Host).__explorer!.failure !== null, undefined, { timeout: 60_000 });
      await idle(page);
      expect(sent('supplyDisruption').at(-1)?.['evidence']).toBe('CITED');

      // Path search in both modes sends CITED and draws only cited links.
      await page.selectOption('#path-mode', 'supply');
      expect(await pickFirstHit(page, '#path-from', '#path-from-hits', 'Siltronic Freiberg')).toBe('siltronic-freiberg');
      expect(await pickFirstHit(page, '#path-to', '#path-to-hits', 'Infineon Dresden')).toBe('infineon-dresden');
      await page.waitForFunction(() => (globalThis as Host).__explorer!.path !== null, undefined, { timeout: 60_000 });
      await idle(page);
      expect(sent('supplyPaths').length).toBeGreaterThan(0);
      for (const variables of sent('supplyPaths')) expect(variables['evidence']).toBe('CITED');
      expect(await page.evaluate(() => (globalThis as Host).__explorer!.path!.via)).toBe('supplyPaths');
      await page.locator('#path-clear').click();
      await page.selectOption('#path-mode', 'any');
      const asked = page.waitForRequest((request) => request.url().endsWith('/graphql') && (request.postData() ?? '').includes('shortestConnection('), {
        timeout: 60_000,
      });
      expect(await pickFirstHit(page, '#path-from', '#path-from-hits', 'Fraunhofer IPMS')).toBe('fraunhofer-ipms');
      expect(await pickFirstHit(page, '#path-to', '#path-to-hits', 'Infineon Dresden')).toBe('infineon-dresden');
      await asked;
      await idle(page);
      expect(sent('shortestConnection').length).toBeGreaterThan(0);
      for (const variables of sent('shortestConnection')) expect(variables['evidence']).toBe('CITED');
      const evidence = await page.evaluate(() => (globalThis as Host).__explorer!.evidence);
      expect(evidence.sampleEdges).toBe(0);
      expect(evidence.sampleNodes).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-supply-cited-only.png') });
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('answers "what if this supplier fails?" in the supply-chain view and fades what it would cut off', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      // Siltronic is Infineon Dresden's only way to wafers (an upstream cut vertex, see criticalSuppliers).
      await page.goto(`${origin}/explore?supply=infineon-dresden`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'supply');
      await idle(page);
      const at = await nodePosition(page, 'siltronic-freiberg');
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await page.locator('#details[data-id="siltronic-freiberg"]').waitFor({ timeout: 30_000 });
      await page.locator('#fail-button').click();
      await page.waitForFunction(() => (globalThis as Host).__explorer!.failure !== null, undefined, { timeout: 60_000 });
      await idle(page);
      const failure = await page.evaluate(() => (globalThis as Host).__explorer!.failure!);
      expect(failure).toMatchObject({ supplier: 'siltronic-freiberg', company: 'infineon-dresden' });
      expect(failure.lostStages).toContain('Wafers and substrates');
      expect(failure.keptStages.length).toBeGreaterThan(0);
      expect(failure.cutOffIds).toContain('siltronic-freiberg');
      expect(failure.cutOffIds).not.toContain('infineon-dresden');
      await expect(page.locator('#failure-steps li').count()).resolves.toBeGreaterThan(0);
      // The company itself has no button: it cannot fail itself out of its own chain.
      const center = await nodePosition(page, 'infineon-dresden');
      await page.mouse.click(center!.x, center!.y);
      await page.locator('#details[data-id="infineon-dresden"]').waitFor({ timeout: 30_000 });
      await expect(page.locator('#fail-button').count()).resolves.toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-supplier-failure.png') });
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sizes a cluster\'s members by betweenness and colours them by community, and the legend says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/explore?cluster=silicon-saxony`);
      await page.waitForFunction(() => (globalThis as Host).__explorer?.view?.kind === 'cluster');
      await idle(page);
      const kindColours = await page.evaluate(() => (globalThis as Host).__explorer!.analysis);
      expect(kindColours).toEqual({ sizeBy: 'drawn', community: false, communities: null });
      expect(await page.locator('#legend-analysis').isVisible()).toBe(false);

      await page.selectOption('#size-by', 'betweenness');
      await page.check('#colour-community');
      await page.waitForFunction(() => ((globalThis as Host).__explorer!.analysis.communities ?? 0) > 1, undefined, { timeout: 60_000 });
      await idle(page);
      const overlay = await page.evaluate(() => (globalThis as Host).__explorer!.analysis);
      expect(overlay.sizeBy).toBe('betweenness');
      expect(overlay.community).toBe(true);
      const legend = page.locator('#legend-analysis');
      expect(await legend.isVisible()).toBe(true);
      expect(await legend.textContent()).toContain('Node size: betweenness');
      expect(await legend.textContent()).toContain('Colour: community');
      expect(await legend.locator('li').count()).toBe(Math.min(10, overlay.communities ?? 0));
      // The view with its overlay is in the address, to share it.
      expect(new URL(page.url()).searchParams.get('size')).toBe('betweenness');
      expect(new URL(page.url()).searchParams.get('community')).toBe('1');
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-communities.png') });
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      fs.copyFileSync(path.join(ARTIFACTS, 'explorer-communities.png'), path.join(SCREENSHOTS, 'explorer-communities.png'));
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens GraphiQL offline with the example queries and runs one', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const seen = watch(page);
    try {
      await page.goto(`${origin}/ide`);
      await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
      // The examples pane lists every example; each is also an open tab.
      const examples = await page.locator('.examples-list button.example').count();
      expect(examples).toBeGreaterThan(0);
      expect(await page.locator('.graphiql-tab').count()).toBe(examples);
      // Monaco (with its workers) shows the active tab's query; running it reaches /graphql.
      await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 60_000 });
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response', { hasText: '"data"' }).waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(ARTIFACTS, 'ide.png') });

      expect(seen.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
      expect(seen.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(seen.errors.filter((text) => /Content Security Policy|Failed to load/i.test(text))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the web router without a build', () => {
  it('answers the pages with a page that says how to build them', async () => {
    const app = express();
    app.use(createWebRouter({ distDir: tempDir('clustergraph-no-web-') }));
    const httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = httpServer.address() as AddressInfo;
      for (const pagePath of ['/explore', '/ide']) {
        const response = await fetch(`http://127.0.0.1:${port}${pagePath}`);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toContain('text/html');
        expect(await response.text()).toContain('npm run build:web');
      }
    } finally {
      await new Promise((resolve) => httpServer.close(resolve));
    }
  });
});
