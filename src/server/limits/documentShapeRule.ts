import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { QueryTooComplexError } from './queryTooComplexError';

export interface DocumentShapeLimits {
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
}

/**
 * Caps what makes a document wide rather than deep: aliases (an alias bomb asks for one expensive field many
 * times), fields at the root of an operation (each root field starts its own database work) and directive uses.
 * Aliases and directives are counted as written in the document; root fields through fragments on the root.
 */
export function documentShapeRule(limits: DocumentShapeLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let aliases = 0;
    let directives = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Directive() {
        directives += 1;
      },
      OperationDefinition(node) {
        const rootFields = countFields(node.selectionSet, fragments, new Map());
        if (rootFields > limits.maxRootFields) {
          context.reportError(
            new QueryTooComplexError(`The operation has ${rootFields} root fields; at most ${limits.maxRootFields} are allowed.`, {
              limit: 'rootFields',
              max: limits.maxRootFields,
              actual: rootFields,
            }),
          );
        }
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              new QueryTooComplexError(`The document uses ${aliases} aliases; at most ${limits.maxAliases} are allowed.`, {
                limit: 'aliases',
                max: limits.maxAliases,
                actual: aliases,
              }),
            );
          }
          if (directives > limits.maxDirectives) {
            context.reportError(
              new QueryTooComplexError(`The document uses ${directives} directives; at most ${limits.maxDirectives} are allowed.`, {
                limit: 'directives',
                max: limits.maxDirectives,
                actual: directives,
              }),
            );
          }
        },
      },
    };
  };
}

// Fields of one selection set with fragments expanded. Each fragment is counted once and remembered, so a
// fragment bomb (fragments spreading each other many times) costs linear time; a fragment met again while it is
// being expanded (a cycle, refused by the spec rules anyway) counts nothing.
function countFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, counted: Map<string, number>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countFields(selection.selectionSet, fragments, counted);
    } else {
      const name = selection.name.value;
      const known = counted.get(name);
      if (known !== undefined) {
        count += known;
        continue;
      }
      const fragment = fragments.get(name);
      if (!fragment) continue;
      counted.set(name, 0);
      const fields = countFields(fragment.selectionSet, fragments, counted);
      counted.set(name, fields);
      count += fields;
    }
  }
  return count;
}
