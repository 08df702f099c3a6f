export * from './unions.js';
export * from './users.js';
export * from './dictionaries.js';
export * from './archives.js';
export * from './workflow.js';
export * from './statistics.js';
export * from './reports.js';
export * from './settings.js';
