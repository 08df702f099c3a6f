import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/*
 * Codegen's `graphql(`…`)` looks each document up in one map of every operation of the console,
 * and generated/graphql/graphql.ts holds them all in one module, so whichever chunk loads first
 * carries every query of every screen. In the build each call becomes an import of a module of
 * its own holding just that document — what the client preset's Babel plugin does for its
 * users — so a document travels with the screen that sends it. Unit tests and `vite dev` keep
 * the map; the documents are the same text.
 */

const GENERATED = fileURLToPath(new URL('./src/generated/graphql/graphql.ts', import.meta.url));
const PREFIX = '\0bangfu-graphql-document:';
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const MAP_IMPORT =
  /import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*\/generated\/graphql(?:\/index\.js)?['"];?/;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const DOCUMENT =
  /^export const (\w+) = new TypedDocumentString\((`[^`]*`)(?:,\s*(\{.*\}))?\) as unknown as/gm;

/** The name codegen's client preset exports a document under. */
export function documentExport(source: string): string {
  const found = DEFINITION.exec(source);
  if (!found) throw new Error(`graphql(): no named operation or fragment in\n${source}`);
  return found[1] === 'fragment' ? `${found[2]}FragmentDoc` : `${found[2]}Document`;
}

/** Each document's constructor arguments (its text and codegen's meta), by export name. */
function readDocuments(): Map<string, string> {
  const generated = readFileSync(GENERATED, 'utf8');
  return new Map(
    [...generated.matchAll(DOCUMENT)].map((m) => [m[1]!, m[3] ? `${m[2]}, ${m[3]}` : m[2]!]),
  );
}

export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'bangfu-graphql-documents',
    apply: 'build',
    buildStart() {
      documents = readDocuments();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      // Only the class is taken from graphql.ts; its documents, unused there, are dropped.
      return (
        `import { TypedDocumentString } from ${JSON.stringify(GENERATED)};\n` +
        `export default new TypedDocumentString(${documents.get(name)!});\n`
      );
    },
    transform(code, id) {
      if (id === GENERATED)
        // Unmarked, every `new TypedDocumentString(…)` would count as a side effect and stay.
        return {
          code: code.replaceAll(
            '= new TypedDocumentString(',
            '= /*#__PURE__*/ new TypedDocumentString(',
          ),
          map: null,
        };
      if (
        !/\/src\/.*\.tsx?$/.test(id) ||
        id.includes('/src/generated/') ||
        !code.includes('graphql(')
      )
        return null;
      const names = new Set<string>();
      const replaced = code.replace(CALL, (_call, source: string) => {
        const name = documentExport(source);
        if (!documents.has(name))
          this.error(`${name} is not in generated/graphql/graphql.ts: run \`pnpm generate\``);
        names.add(name);
        return `__document_${name}`;
      });
      if (names.size === 0) return null;
      // The map's module would otherwise still be loaded, and with it every document.
      const unmapped = /\bgraphql\(/.test(replaced) ? replaced : replaced.replace(MAP_IMPORT, '');
      const imports = [...names]
        .map((n) => `import __document_${n} from ${JSON.stringify(PREFIX + n)};\n`)
        .join('');
      return { code: imports + unmapped, map: null };
    },
  };
}
