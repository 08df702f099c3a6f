import type { CodegenConfig } from '@graphql-codegen/cli';
import * as resourceModel from './src/schema-model/codegen-plugin.js';

/*
 * Everything the console knows about the API comes from the committed, printed schema:
 * typed documents for the hand-written operations (client preset, plain strings at run time)
 * and the resource model the generic screens render from.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  pluginLoader: (name: string) =>
    name === 'resource-model' ? Promise.resolve(resourceModel) : import(name),
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
    },
    'src/generated/schema-model.ts': { plugins: ['resource-model'] },
  },
};

export default config;
