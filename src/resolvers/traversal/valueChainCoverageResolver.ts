import { findValueChainCoverage } from '../../graph';
import type { QueryValueChainCoverageArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { checkBound } from './traversalBounds';

/** `Query.valueChainCoverage`: one round trip (which also checks the ids); the record already has the shape of the type. */
export async function valueChainCoverage(
  _root: unknown,
  args: QueryValueChainCoverageArgs,
  ctx: RequestContext,
): Promise<ResolversTypes['ValueChainCoverage'] | null> {
  const clusterId = checkId(args.cluster, 'cluster');
  const valueChainId = checkId(args.valueChain, 'valueChain');
  const candidatesPerStage = checkBound(args.candidatesPerStage, 'candidatesPerStage', 'candidatesPerStage');
  const coverage = await findValueChainCoverage(ctx.graph, { clusterId, valueChainId, candidatesPerStage, asOf: asOfDate(args.asOf), evidence: args.evidence });
  if (!coverage) return null;
  const stages = coverage.stages.map((s) => ({ ...s, covered: s.members.length > 0 }));
  return {
    cluster: coverage.cluster,
    valueChain: coverage.valueChain,
    referencePoint: coverage.referencePoint,
    referencePointSource: coverage.referencePointSource,
    coveredCount: stages.filter((s) => s.covered).length,
    stages,
  };
}
