// Lint guards the architecture as well as the code: the parts of src/ import only the parts below them (type
// imports included), graph/ knows nothing of GraphQL, and every type, field, argument and enum value in the SDL
// carries a description.
import fs from 'node:fs';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom. A part may import only parts in later rows; parts in the same row may not
 * import each other (so no two parts ever import each other), except the entry points (main.ts starts the
 * seed loader). src/generated/ (the codegen output) is exempt.
 * A new top-level part of src/ must get a row here: `partsOfSrcAreLayered` below fails lint until it has one.
 */
const LAYERS = [
  { parts: ['main.ts', 'cli', 'seedOnStart.ts'], role: 'entry points', peersMayImport: true },
  { parts: ['server'], role: 'HTTP server, Apollo plugins, export endpoints' },
  { parts: ['resolvers'], role: 'GraphQL resolvers' },
  { parts: ['request'], role: 'request context and the authorisation rule' },
  { parts: ['loaders'], role: 'per-request DataLoaders' },
  { parts: ['import', 'generate'], role: 'CSV importer, synthetic data generator' },
  { parts: ['graph'], role: 'Cypher and the Neo4j client' },
  { parts: ['model', 'algorithms'], role: 'vocabulary, validation, write rows; pure graph algorithms' },
  { parts: ['errors', 'config.ts'], role: 'error codes, configuration' },
];
const EXEMPT = ['generated', 'README.md'];

const srcPath = (part) => `./src/${part}`;

// One zone per part: it may not import any part of an earlier row, nor a peer of its own row.
function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, row) => {
    const above = LAYERS.slice(0, row).flatMap((l) => l.parts);
    for (const part of layer.parts) {
      const peers = layer.peersMayImport ? [] : layer.parts.filter((p) => p !== part);
      const forbidden = [...above, ...peers];
      if (forbidden.length === 0) continue;
      zones.push({
        target: srcPath(part),
        from: forbidden.map(srcPath),
        message: `src/${part} (${layer.role}) may import only the parts below it: see LAYERS in eslint.config.mjs.`,
      });
    }
  });
  // algorithms/ is pure: below graph/ by its row, and it does not use errors/ or config either.
  zones.push({ target: srcPath('algorithms'), from: ['errors', 'config.ts'].map(srcPath), message: 'src/algorithms is pure: it imports only model/.' });
  return zones;
}

// Fails lint when src/ has a top-level part that no row of LAYERS names.
function partsOfSrcAreLayered() {
  const known = new Set([...LAYERS.flatMap((l) => l.parts), ...EXEMPT]);
  const unknown = fs.readdirSync(new URL('./src', import.meta.url)).filter((entry) => !known.has(entry));
  if (unknown.length > 0) throw new Error(`eslint.config.mjs: give src/${unknown.join(', src/')} a row in LAYERS (the layer order).`);
}
partsOfSrcAreLayered();

// Packages of the GraphQL layer that the parts below the resolvers must not use.
const GRAPHQL_PACKAGES = ['graphql', 'graphql/*', '@apollo/*', 'graphql-parse-resolve-info'];
const noGraphQL = (files, why, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [...GRAPHQL_PACKAGES, ...extra].map((group) => ({ group: [group], message: why })) }],
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
  {
    files: ['src/**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones() }],
      // A path the resolver cannot follow would escape the layer check above.
      'import/no-unresolved': ['error', { ignore: ['^node:'] }],
    },
  },
  noGraphQL(['src/graph/**/*.ts', 'src/model/**/*.ts', 'src/algorithms/**/*.ts', 'src/import/**/*.ts', 'src/generate/**/*.ts', 'src/loaders/**/*.ts'], 'graph/ and the parts below the resolvers do not know GraphQL.', ['**/generated/**']),
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
