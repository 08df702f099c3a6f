import type { CodegenConfig } from '@graphql-codegen/cli';
import * as resourceModel from './src/schema-model/codegen-plugin.js';

/*
 * Everything the console knows about the API comes from the committed, printed schema:
 * typed documents for the hand-written operations (client preset, plain strings at run time)
 * and the resource model the generic screens render from. BANGFU_SCHEMA and BANGFU_GENERATED
 * point elsewhere for the test that regenerates from a changed schema.
 */
const schema = process.env.BANGFU_SCHEMA ?? '../api/schema.graphql';
const out = process.env.BANGFU_GENERATED ?? 'src/generated';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  pluginLoader: (name: string) =>
    name === 'resource-model' ? Promise.resolve(resourceModel) : import(name),
  generates: {
    [`${out}/graphql/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
    [`${out}/schema-model.ts`]: { plugins: ['resource-model'] },
  },
};

export default config;
