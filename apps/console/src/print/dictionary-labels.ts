import { useDictionaries } from '../guessers/hooks.js';
import type { DictionaryLabels } from './paper-values.js';

/** Labels of every dictionary as the API has them now (retired codes included: old papers use them). */
export function useDictionaryLabels(): DictionaryLabels {
  const { data } = useDictionaries();
  return Object.fromEntries((data?.dictionaries ?? []).map((d) => [d.name, d.entries]));
}
