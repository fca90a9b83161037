export { upsertActor, upsertCluster, type ActorNodeKind, type Upserted } from './upsertEntity';
export { deleteActor, deleteCluster, type Deleted } from './deleteEntity';
export { findLink } from './findLink';
export { addLink, type AddLinkOutcome } from './addLink';
export { endLink, type EndLinkOutcome } from './endLink';
export type { LinkKind, StoredLink } from './linkCypher';
