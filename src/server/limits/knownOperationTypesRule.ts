import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses an operation whose type the schema does not have (a subscription: the API has none). graphql-js 16
 * leaves this to execution, which answers with a code-less error and status 200 as if the server had failed;
 * as a validation error it is GRAPHQL_VALIDATION_FAILED with status 400 (graphql-js 17 has the same rule).
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`The API has no ${node.operation} operations.`, { nodes: node }));
    },
  };
}
