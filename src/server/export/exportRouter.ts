import { Router, type Request, type Response } from 'express';
import type { GraphClient } from '../../graph';
import { authorize, UnauthenticatedError } from '../../request';
import { authenticate, type AccessPolicy } from '../auth';
import type { Logger } from '../logger';
import { ClientGoneError, createChunkedSink } from './chunkedSink';
import { ExportNotFoundError, sendExportError } from './exportErrors';
import type { ExportGraph } from './exportGraph';
import { formatParam, readQueryParams, type ExportFormat, type QueryParams } from './exportParams';
import { writeGraphml } from './graphmlWriter';
import { writeNodeLinkJson } from './nodeLinkWriter';
import { parsePartnerNetworkRequest, partnerNetworkExport, PARTNER_NETWORK_PARAMS } from './partnerNetworkExport';
import { parseSupplyChainRequest, supplyChainExport, SUPPLY_CHAIN_PARAMS } from './supplyChainExport';

export interface ExportRouterOptions {
  graph: GraphClient;
  logger: Logger;
  /** Who may read: the same policy as for /graphql (API_KEYS_FILE, READS_REQUIRE_AUTH). */
  accessPolicy: AccessPolicy;
}

/** One export endpoint: which parameters it takes, how it checks them, how it builds the graph. */
interface ExportEndpoint<R> {
  name: string;
  params: readonly string[];
  parse(params: QueryParams): R;
  build(graph: GraphClient, request: R): Promise<ExportGraph | null>;
  /** The 404 when the start entity does not exist. */
  notFound(request: R): ExportNotFoundError;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

/**
 * GET /export/partner-network and GET /export/supply-chain: a traversal's subgraph as a file for graph tools,
 * networkx node-link JSON (`format=json`, the default) or GraphML (`format=graphml`). The parameters are the
 * GraphQL arguments and are checked by the same functions; errors come back as 4xx JSON in the GraphQL error
 * shape. Reads need a key exactly when they do for /graphql.
 */
export function createExportRouter(options: ExportRouterOptions): Router {
  const policy = options.accessPolicy;
  const router = Router();
  router.get(
    '/partner-network',
    exportHandler(options, policy, {
      name: 'partner-network',
      params: PARTNER_NETWORK_PARAMS,
      parse: parsePartnerNetworkRequest,
      build: partnerNetworkExport,
      notFound: (r) => new ExportNotFoundError(`No actor has the id "${r.from}"`, 'from'),
    }),
  );
  router.get(
    '/supply-chain',
    exportHandler(options, policy, {
      name: 'supply-chain',
      params: SUPPLY_CHAIN_PARAMS,
      parse: parseSupplyChainRequest,
      build: supplyChainExport,
      notFound: (r) => new ExportNotFoundError(`No company has the id "${r.company}"`, 'company'),
    }),
  );
  return router;
}

function exportHandler<R>(options: ExportRouterOptions, policy: AccessPolicy, endpoint: ExportEndpoint<R>) {
  return async (req: Request, res: Response): Promise<void> => {
    const started = performance.now();
    let exported: ExportGraph | null;
    let format: ExportFormat;
    try {
      checkReadAccess(req, policy);
      const params = readQueryParams(req.query, endpoint.params);
      format = formatParam(params);
      const request = endpoint.parse(params);
      exported = await endpoint.build(options.graph, request);
      if (!exported) throw endpoint.notFound(request);
    } catch (error) {
      sendExportError(res, error, options.logger);
      return;
    }

    // From here on the status line is sent: a failure can only cut the response short, never turn it into an error.
    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${exported.fileStem}.${format === 'json' ? 'json' : 'graphml'}"`);
    const sink = createChunkedSink(res);
    try {
      await (format === 'json' ? writeNodeLinkJson(exported, sink) : writeGraphml(exported, sink));
      await sink.end();
      options.logger.debug({ export: endpoint.name, format, ms: Math.round(performance.now() - started) }, 'export sent');
    } catch (error) {
      if (!(error instanceof ClientGoneError)) options.logger.error({ err: error, export: endpoint.name }, 'export failed while streaming');
      res.destroy();
    }
  };
}

/** The same rule as /graphql: a wrong key is refused even for public reads; a missing one only when reads need one. */
function checkReadAccess(req: Request, policy: AccessPolicy): void {
  const authentication = authenticate(req.header('authorization'), policy.keys);
  if (!authentication.ok) throw new UnauthenticatedError(authentication.reason);
  if (policy.readsRequireAuth) authorize(authentication.caller, { role: 'reader', fields: [] });
}
