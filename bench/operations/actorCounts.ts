import { asArray, field, type Json } from '../json';
import type { ComparedOperation } from './operation';

function answer(result: Json): Json {
  return {
    total: field(result, 'total', 'counts'),
    // Largest first, ties by key: an order all three define the same way.
    groups: asArray(field(result, 'groups', 'counts'), 'groups').map((g) => ({
      key: field(g, 'key', 'group'),
      label: field(g, 'label', 'group'),
      count: field(g, 'count', 'group'),
    })),
  };
}

/** Every actor counted by the state it lies in: a whole-graph aggregation through the region hierarchy. */
export function actorCounts(): ComparedOperation {
  return {
    name: 'actorCounts',
    title: 'actorCounts(groupBy: STATE)',
    depth: 1,
    ours: { query: 'query ActorCounts { actorCounts(groupBy: STATE) { total groups { key label count } } }', variables: {} },
    peer: { query: 'query ActorCounts { actorCountsByState { total groups { key label count } } }', variables: {} },
    floorParams: {},
    normalizeOurs: (data) => answer(field(data, 'actorCounts', 'data')),
    normalizePeer: (data) => answer(field(data, 'actorCountsByState', 'data')),
    normalizeFloor: ([row]) => answer(row ?? null),
  };
}
