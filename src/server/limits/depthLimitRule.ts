import { TypeInfo, ValidationContext, type ASTVisitor, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { QueryTooComplexError } from './queryTooComplexError';

type DepthCheck = (context: ValidationContext) => unknown;

/**
 * Refuses operations nested deeper than `maxDepth` fields, counting through fragments (graphql-depth-limit).
 * Introspection fields (`__schema`, `__type`) are not counted by that library; the cost limit covers them.
 *
 * Run it only on documents the spec rules accepted (Apollo's later validation rules): the library follows
 * fragment spreads without a guard, so an unknown or cyclic fragment would crash it.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const check = depthLimit(maxDepth) as DepthCheck;
  return (context: ValidationContext): ASTVisitor => {
    let reported = false;
    // The library reports one error per branch that goes too deep; the client needs one.
    const recoding = new ValidationContext(context.getSchema(), context.getDocument(), new TypeInfo(context.getSchema()), () => {
      if (reported) return;
      reported = true;
      context.reportError(new QueryTooComplexError(`The query is nested more than ${maxDepth} levels deep; ask for fewer nested fields.`, { limit: 'depth', max: maxDepth }));
    });
    check(recoding);
    return {};
  };
}
