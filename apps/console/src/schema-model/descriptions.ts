import type { Label } from './types.js';

/*
 * The API documents every type, field and enum value as "中文。English." (e.g. "所属工会。Union.").
 * Labels are the first clause of each half; what follows a colon or sits in brackets is help text
 * ("初始密码（至少 8 位）" → label 初始密码, help 至少 8 位).
 */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Splits a bilingual description at the last CJK character: Chinese before, English after. */
export function splitDescription(description: string | null | undefined): { zh: string; en: string } | undefined {
  const text = description?.trim();
  if (!text) return undefined;
  let last = -1;
  for (let i = 0; i < text.length; i++) if (CJK.test(text[i]!)) last = i;
  if (last < 0) return { zh: text, en: text };
  const zh = text.slice(0, last + 1).replace(/[。．]+$/, '').trim();
  const en = text.slice(last + 1).trim();
  return { zh, en: en || zh };
}

function firstClause(text: string, separators: RegExp): string {
  const cut = text.search(separators);
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}

function afterFirstClause(text: string, separators: RegExp): string | undefined {
  const cut = text.search(separators);
  if (cut <= 0) return undefined;
  const rest = text
    .slice(cut + 1)
    .replace(/[）)]\s*[。.]?$/, '')
    .replace(/[。.]$/, '')
    .trim();
  return rest || undefined;
}

/** 'householdAnnualIncomeFen' → 'Household annual income fen'. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ZH_SEPARATORS = /[（(：:，,；;]/;
const EN_SEPARATORS = /\s\(|[:;,]|\.\s/;

/** A short label for a field, type or value; the name, humanized, when undocumented. */
export function labelOf(description: string | null | undefined, name: string): Label {
  const parts = splitDescription(description);
  if (!parts) return { zh: humanize(name), en: humanize(name) };
  const en = firstClause(parts.en, EN_SEPARATORS)
    .replace(/\.$/, '')
    .replace(/^(a|an|the)\s+/i, '');
  const zh = firstClause(parts.zh, ZH_SEPARATORS);
  return {
    zh: zh || humanize(name),
    en: en ? en.charAt(0).toUpperCase() + en.slice(1) : humanize(name),
  };
}

/** What a description says beyond its label, for helper text under an input. */
export function helpTextOf(description: string | null | undefined): Label | undefined {
  const parts = splitDescription(description);
  if (!parts) return undefined;
  const zh = afterFirstClause(parts.zh, ZH_SEPARATORS);
  const en = afterFirstClause(parts.en, EN_SEPARATORS);
  if (!zh && !en) return undefined;
  return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
}
