/* global module */
// node-polyglot's `object.entries` polyfill brings ~5 kB gzip of ES shims into the console;
// every browser it runs in has Object.entries.
module.exports = Object.entries;
