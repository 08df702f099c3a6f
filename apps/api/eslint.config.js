import base from '@bangfu/eslint-config/base';

/*
 * Layers (docs/architecture.md): services under src/<area>/ hold the rules and know nothing of
 * GraphQL or HTTP; src/schema and src/http call them, never the other way round. ESLint cannot
 * resolve paths, so a relative import is refused by its spelling: `../schema/…`, `../../http/…`.
 */
const outerLayers = (up) => ({
  paths: [{ name: 'graphql', message: 'Services know nothing of GraphQL: throw src/errors.ts.' }],
  patterns: [
    {
      group: ['graphql/*', '@pothos/*', '@apollo/*'],
      message: 'Services know nothing of GraphQL: throw the refusals in src/errors.ts.',
    },
    {
      regex: `^${up}(schema|http)(/|\\.js$|$)`,
      message:
        'Services must not import the GraphQL schema or the HTTP endpoints; they call services.',
    },
  ],
});

export default [
  ...base,
  {
    files: ['src/*/**/*.ts'],
    ignores: ['src/schema/**', 'src/http/**'],
    rules: { 'no-restricted-imports': ['error', outerLayers('(\\.\\./)+')] },
  },
  {
    // Files at the top of src (errors, config) are shared by every layer; main.ts wires them up.
    files: ['src/*.ts'],
    ignores: ['src/main.ts'],
    rules: { 'no-restricted-imports': ['error', outerLayers('\\./')] },
  },
];
