import react from '@bangfu/eslint-config/react';

/*
 * The console talks to the API over GraphQL and HTTP only (docs/architecture.md): it may share
 * @bangfu/domain's rules, never import the API's source.
 */
const theApiOnlyOverTheWire = {
  files: ['**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@bangfu/api', '@bangfu/api/*'],
            message: 'The console reaches the API over GraphQL and HTTP, not by importing it.',
          },
          {
            regex: '(^|/)api/(src|test)(/|$)',
            message: 'The console reaches the API over GraphQL and HTTP, not by importing it.',
          },
        ],
      },
    ],
  },
};

export default [...react, { ignores: ['src/generated/**'] }, theApiOnlyOverTheWire];
