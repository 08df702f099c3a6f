export * from './client.js';
export * as schema from './schema/index.js';
export { relations, type Relations } from './relations.js';
