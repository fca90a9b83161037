import type { Resolvers } from '../../generated/graphql';
import { deleteActorMutation, deleteClusterMutation } from './deleteMutations';
import { guardMutation } from './guardMutation';
import {
  addCollaborationMutation,
  addMembershipMutation,
  addSupplyLinkMutation,
  endCollaborationMutation,
  endMembershipMutation,
  endSupplyLinkMutation,
} from './linkMutations';
import { upsertClusterMutation, upsertCompanyMutation, upsertOrganizationMutation, upsertResearchInstituteMutation } from './upsertMutations';

/** The writes (schema/mutations.graphql), each behind the role check of its field. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    upsertCompany: guardMutation('upsertCompany', upsertCompanyMutation),
    upsertResearchInstitute: guardMutation('upsertResearchInstitute', upsertResearchInstituteMutation),
    upsertOrganization: guardMutation('upsertOrganization', upsertOrganizationMutation),
    deleteActor: guardMutation('deleteActor', deleteActorMutation),
    upsertCluster: guardMutation('upsertCluster', upsertClusterMutation),
    deleteCluster: guardMutation('deleteCluster', deleteClusterMutation),
    addMembership: guardMutation('addMembership', addMembershipMutation),
    endMembership: guardMutation('endMembership', endMembershipMutation),
    addCollaboration: guardMutation('addCollaboration', addCollaborationMutation),
    endCollaboration: guardMutation('endCollaboration', endCollaborationMutation),
    addSupplyLink: guardMutation('addSupplyLink', addSupplyLinkMutation),
    endSupplyLink: guardMutation('endSupplyLink', endSupplyLinkMutation),
  },
};
