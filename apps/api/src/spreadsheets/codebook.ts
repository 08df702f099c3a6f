import { DEFAULT_DICTIONARIES, FIXED_LISTS, type FieldSpec } from '@bangfu/domain';
import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { dictionaryEntries } from '../db/schema/index.js';

export interface CodeEntry {
  code: string;
  label: string;
  labelEn: string;
  retired: boolean;
  /** The number printed on the seed form, for the fixed lists (6 → 患重特大疾病). */
  no?: number;
}

export interface CodeList {
  name: string;
  label: string;
  entries: CodeEntry[];
}

/**
 * Every code list a spreadsheet cell may refer to — the live dictionaries (the province edits
 * them) and the seed's fixed lists — read in one statement. Cells may hold a code or a label.
 */
export class Codebook {
  private constructor(private readonly lists: Map<string, CodeList>) {}

  static async load(db: Database): Promise<Codebook> {
    const rows = await db
      .select()
      .from(dictionaryEntries)
      .orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.sortOrder));
    const lists = new Map<string, CodeList>();
    for (const d of Object.values(DEFAULT_DICTIONARIES))
      lists.set(d.name, { name: d.name, label: d.label, entries: [] });
    for (const r of rows)
      lists
        .get(r.dictionary)
        ?.entries.push({ code: r.code, label: r.label, labelEn: r.labelEn, retired: r.retired });
    for (const list of Object.values(FIXED_LISTS)) {
      lists.set(list.name, {
        name: list.name,
        label: list.label,
        entries: list.entries.map((e) => ({ ...e, retired: false })),
      });
    }
    return new Codebook(lists);
  }

  /** The list a field draws from (a dictionary or a fixed list), if any. */
  listOf(spec: FieldSpec): CodeList | undefined {
    const name = spec.dictionary ?? spec.list;
    return name ? this.lists.get(name) : undefined;
  }

  /**
   * The code a cell means: a code as is, a label, the seed's number ("6" or "6.患重特大疾病"), or a
   * number that Excel made of a text code ("01" typed into a number cell arrives as 1). Anything
   * else comes back unchanged, for the validator to name.
   */
  toCode(spec: FieldSpec, value: string | number): string {
    const list = this.listOf(spec);
    const text = String(value).trim();
    if (!list) return text;
    const found =
      list.entries.find((e) => e.code === text) ??
      list.entries.find((e) => e.label === text) ??
      list.entries.find(
        (e) =>
          e.no !== undefined &&
          new RegExp(`^${e.no}(?:[.、．]\\s*${escape(e.label)})?$`).test(text),
      ) ??
      (typeof value === 'number'
        ? list.entries.find((e) => /^\d+$/.test(e.code) && Number(e.code) === value)
        : undefined);
    return found?.code ?? text;
  }

  /** The label of a stored code (retired ones too); the code itself when unknown. */
  label(spec: FieldSpec, code: string): string {
    return this.listOf(spec)?.entries.find((e) => e.code === code)?.label ?? code;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
