import type { Label } from './types.js';

/*
 * The API documents every type, field and enum value as "中文。English." (e.g. "所属工会。Union.").
 * A label is the first clause of each half; what follows in brackets or after a colon is help
 * text ("初始密码（至少 8 位）" → label 初始密码, help 至少 8 位).
 */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Splits a bilingual description where the English sentence starts after a "。". */
export function splitDescription(
  description: string | null | undefined,
): { zh: string; en: string } | undefined {
  const text = description?.trim();
  if (!text) return undefined;
  const boundary = /。\s*(?=[A-Za-z"'“(])/.exec(text);
  if (boundary) {
    const zh = text.slice(0, boundary.index).trim();
    const en = text.slice(boundary.index + boundary[0].length).trim();
    return { zh, en: en || zh };
  }
  if (!CJK.test(text)) return { zh: text, en: text };
  return { zh: text.replace(/[。．]+$/, ''), en: text.replace(/[。．]+$/, '') };
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

const ZH_CUT = /[（(：:，,；;]/;
const EN_CUT = /\s\(|[:;,]\s|\.\s/;

function cut(text: string, at: RegExp): [head: string, rest: string] {
  const index = text.search(at);
  return index > 0 ? [text.slice(0, index).trim(), text.slice(index)] : [text.trim(), ''];
}

/** "（必填）；统计分析员不可见" → "必填；统计分析员不可见". */
function tidyRest(rest: string, separator: string): string {
  return rest
    .replace(/[（(]/g, '')
    .replace(/[）)]/g, separator)
    .replace(/^[\s：:，,；;.。]+/, '')
    .replace(/[\s：:，,；;.。]+$/, '')
    .replace(/([；;])\s*[；;，,]+/g, '$1')
    .trim();
}

/** A short label for a field, type or value; the name, humanized, when undocumented. */
export function labelOf(description: string | null | undefined, name: string): Label {
  const parts = splitDescription(description);
  if (!parts) return { zh: humanize(name), en: humanize(name) };
  const [zh] = cut(parts.zh, ZH_CUT);
  const [enHead] = cut(parts.en.replace(/\.$/, ''), EN_CUT);
  const en = enHead.replace(/^(a|an|the)\s+/i, '');
  return {
    zh: zh || humanize(name),
    en: en ? en.charAt(0).toUpperCase() + en.slice(1) : humanize(name),
  };
}

/** What a description says beyond its label, for helper text under an input. */
export function helpTextOf(description: string | null | undefined): Label | undefined {
  const parts = splitDescription(description);
  if (!parts) return undefined;
  const zh = tidyRest(cut(parts.zh, ZH_CUT)[1], '；');
  const en = tidyRest(cut(parts.en.replace(/\.$/, ''), EN_CUT)[1], '; ');
  if (!zh && !en) return undefined;
  return { zh: zh || en, en: en || zh };
}
