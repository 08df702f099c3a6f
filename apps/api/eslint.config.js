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

/*
 * Access is declared (docs/architecture.md): a resolver that needs the viewer asks for it with
 * `t.withAuth(SIGNED_IN)` or a role, and scope-auth checks it before the resolver runs. These are
 * the hand-written guards that used to stand in for it.
 */
const handWrittenGuard =
  'Declare access with t.withAuth(SIGNED_IN) or a role (src/schema/builder.ts).';
const declaredAccess = [
  { selector: "Identifier[name='requireViewer']", message: handWrittenGuard },
  {
    selector: "ThrowStatement > NewExpression[callee.name='Unauthenticated']",
    message: handWrittenGuard,
  },
  {
    selector: "TSNonNullExpression > MemberExpression[property.name='user']",
    message: handWrittenGuard,
  },
  {
    selector: "IfStatement[test.operator='!'][test.argument.property.name='user'] ThrowStatement",
    message: handWrittenGuard,
  },
];

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
  {
    files: ['src/schema/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...declaredAccess] },
  },
];
