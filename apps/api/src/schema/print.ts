import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './index.js';

// `pnpm generate`: the committed schema.graphql shows every API change in review, and the
// console is generated from it.
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, printedSchema() + '\n');
console.info(`wrote ${target}`);
