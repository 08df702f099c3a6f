/**
 * Dictionary codes for the demo data, always taken from the domain package's default
 * dictionaries so that every generated code is selectable.
 */
import { DEFAULT_DICTIONARIES, type DictionaryName } from '@bangfu/domain';
import type { Random } from './random.js';

export interface CodeTable {
  readonly codes: readonly string[];
  readonly weights: readonly number[];
}

/**
 * The entries of a dictionary with a weight each: `weights` by code, `rest` for entries it does
 * not name (an entry added to the dictionary later is then still chosen now and then).
 */
export function codeTable(
  dictionary: DictionaryName,
  weights: Readonly<Record<string, number>>,
  rest = 0,
): CodeTable {
  const entries = DEFAULT_DICTIONARIES[dictionary].entries;
  const codes = entries.map((e) => e.code);
  const w = codes.map((c) => weights[c] ?? rest);
  return { codes, weights: w.some((x) => x > 0) ? w : codes.map(() => 1) };
}

export function pickCode(rng: Random, table: CodeTable): string {
  return rng.weighted(table.codes, table.weights);
}

/** A code that a rule needs (DISABLED health, 实现脱困 …); fails at load time if it is gone. */
export function requireCode(dictionary: DictionaryName, code: string): string {
  if (!DEFAULT_DICTIONARIES[dictionary].entries.some((e) => e.code === code)) {
    throw new Error(`The ${dictionary} dictionary has no code ${code}`);
  }
  return code;
}
