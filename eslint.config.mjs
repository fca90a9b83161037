// Lint guards the architecture as well as the code: graph/ knows nothing of GraphQL, loaders know no
// resolvers, and every type, field, argument and enum value in the SDL carries a description.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default [
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'coverage/**', 'neo4j/target/**', 'bench/results/**', 'web/dist/**', 'examples/**'] },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  layer(['src/graph/**/*.ts'], ['**/server/**', '**/resolvers/**', '**/loaders/**', '**/generated/**', 'graphql', '@apollo/*'], 'graph/ is below GraphQL: it must not import the layers above it.'),
  layer(['src/loaders/**/*.ts'], ['**/server/**', '**/resolvers/**', '**/generated/**'], 'loaders/ sits between resolvers and graph/.'),
  layer(['src/model/**/*.ts', 'src/import/**/*.ts', 'src/generate/**/*.ts'], ['**/server/**', '**/resolvers/**', '**/loaders/**', '**/generated/**'], 'model/, import/ and generate/ do not know GraphQL.'),
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
          rootField: true,
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
        },
      ],
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/no-typename-prefix': 'error',
      '@graphql-eslint/unique-enum-value-names': 'off',
    },
  },
];
