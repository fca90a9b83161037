export * from './records';
export { findActorsByIds } from './actors';
export { findClustersByIds, findClusterMembersPages, type MembersPageArgs, type MemberItem, type NameCursor } from './clusters';
export { findRegionsByIds } from './regions';
export { findNodeLabels, hasAnyEntity } from './nodes';
