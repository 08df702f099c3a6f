import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/*
 * Vite plugins that keep code out of the console's first load (issue 11, docs/performance.md).
 */

const generatedDocuments = fileURLToPath(
  new URL('./src/generated/graphql/graphql.ts', import.meta.url),
);
const DOCUMENT = 'virtual:bangfu-graphql-document/';

/**
 * Each `graphql(`…`)` call becomes the generated document it names (`LoginDocument`,
 * `ArchiveFormFieldsFragmentDoc`), each in a module of its own, so it travels in the chunk of
 * the screen that sends it. Through codegen's `graphql()` every call went through `gql.ts`, whose
 * map holds every operation of the console twice over, and all of them sat in the sign-in page's
 * chunk (a module is never split between chunks). This is what graphql-codegen's client-preset
 * Babel plugin does, for Vite. A document that is not generated stops the build (run
 * `pnpm generate`). Builds only: the dev server keeps the map.
 */
export function graphqlDocumentsByName(): Plugin {
  let generated: Map<string, string> | undefined;
  /** Document name → its `new TypedDocumentString(…)`, read from the generated graphql.ts. */
  const documents = () =>
    (generated ??= new Map(
      [
        ...readFileSync(generatedDocuments, 'utf8').matchAll(
          /^export const (\w+(?:Document|FragmentDoc)) = (new TypedDocumentString\(`[^`]*`(?:, \{.*\})?\)) as unknown as /gm,
        ),
      ].map((m) => [m[1]!, m[2]!]),
    ));
  const graphqlImport = /^import \{ graphql \} from '[./]+\/generated\/graphql\/index\.js';\n/m;
  return {
    name: 'bangfu:graphql-documents-by-name',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(DOCUMENT) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT}`)) return null;
      const document = documents().get(id.slice(DOCUMENT.length + 1));
      if (!document) return null;
      return [
        `import { TypedDocumentString } from ${JSON.stringify(generatedDocuments)};`,
        `export default /*#__PURE__*/ ${document};`,
      ].join('\n');
    },
    transform(code, id) {
      // graphql.ts is still imported for its class; its own copies of the documents go unused.
      if (id === generatedDocuments)
        return {
          code: code.replaceAll(
            '= new TypedDocumentString(',
            '= /*#__PURE__*/ new TypedDocumentString(',
          ),
          map: null,
        };
      if (!/\/src\/(?!generated\/).*\.tsx?$/.test(id) || !graphqlImport.test(code)) return null;
      const names = new Set<string>();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g, (_call, text: string) => {
        const definition = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        if (!definition) this.error(`${id}: a graphql() document without a name`);
        const name = definition[2] + (definition[1] === 'fragment' ? 'FragmentDoc' : 'Document');
        if (!documents().has(name))
          this.error(
            `${id}: ${name} is not generated; run \`pnpm --filter @bangfu/console generate\``,
          );
        names.add(name);
        return `graphqlDocument$${name}`;
      });
      if (/\bgraphql\(\s*[^\s`)]/.test(replaced))
        this.error(`${id}: a graphql() call that is not a plain template literal`);
      const imports = [...names]
        .map((name) => `import graphqlDocument$${name} from '${DOCUMENT}${name}';\n`)
        .join('');
      return { code: replaced.replace(graphqlImport, imports), map: null };
    },
  };
}

/**
 * ra-core's CSV exporter (jsonexport) becomes a stand-in that loads it on first use: no console
 * list exports through it, yet ra-core imports it in every list (shims/jsonexport-on-demand.js).
 */
export function jsonexportOnDemand(): Plugin {
  const standIn = fileURLToPath(new URL('./shims/jsonexport-on-demand.js', import.meta.url));
  const real = 'jsonexport/dist/index.js';
  let raCoreExporter: string | undefined;
  return {
    name: 'bangfu:jsonexport-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== real || !importer) return null;
      // The stand-in's own import resolves where ra-core's would (the console has no jsonexport).
      if (importer === standIn) return this.resolve(real, raCoreExporter, { skipSelf: true });
      raCoreExporter = importer;
      return standIn;
    },
  };
}
