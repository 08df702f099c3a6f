import base from '@bangfu/eslint-config/base';

/*
 * The domain is the innermost layer (docs/architecture.md): pure rules that the API and the
 * console both use. It imports nothing of ours and nothing that talks to a database or a network.
 */
export default [
  ...base,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['graphql', 'postgres', 'react'].map((name) => ({
            name,
            message: 'The domain holds pure rules: no server or UI code.',
          })),
          patterns: [
            {
              group: ['@bangfu/*', '@pothos/*', '@apollo/*', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'The domain holds pure rules: no server or UI code.',
            },
            {
              // Out of the package (`../../…` from src/) is always someone else's code.
              regex: '^(\\.\\./){2,}|(^|/)(apps|api|console)/',
              message: 'The domain imports nothing of ours outside packages/domain.',
            },
          ],
        },
      ],
    },
  },
];
