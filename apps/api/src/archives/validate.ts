import {
  archiveWarnings,
  makeArchiveInputSchema,
  maskBankCard,
  maskMobile,
  maskIdNumber,
  normalizeIdNumber,
  toFieldErrors,
  type ArchiveInput,
  type DictionaryName,
} from '@bangfu/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { archiveMembers, archives, dictionaryEntries, unions } from '../db/schema/index.js';
import { ValidationError, type FieldError } from '../errors.js';
import type { ArchiveRow } from './current.js';

/**
 * Dictionaries are edited at run time: a code may be chosen when it exists and is not retired,
 * or when the archive already holds it (a retired code stays readable on old records).
 */
export async function selectableCodes(db: Database, current: ArchiveInput | null) {
  const rows = await db
    .select({
      dictionary: dictionaryEntries.dictionary,
      code: dictionaryEntries.code,
      retired: dictionaryEntries.retired,
    })
    .from(dictionaryEntries);
  const live = new Set(rows.filter((r) => !r.retired).map((r) => `${r.dictionary}:${r.code}`));
  const kept = new Set<string>();
  if (current) {
    for (const [field, value] of Object.entries(current))
      if (typeof value === 'string') kept.add(`${field}:${value}`);
    for (const m of current.members ?? []) {
      for (const [field, value] of Object.entries(m))
        if (typeof value === 'string') kept.add(`${field}:${value}`);
    }
  }
  return (dictionary: DictionaryName, code: string) =>
    live.has(`${dictionary}:${code}`) || kept.has(`${dictionary}:${code}`);
}

type Raw = Record<string, unknown>;

/**
 * An edit form shows sensitive numbers masked. Sent back unchanged, the masked value means
 * "keep what is stored" — never "replace the number with stars".
 */
export function restoreMaskedValues(raw: Raw, current: ArchiveInput | null): Raw {
  if (!current) return raw;
  const out: Raw = { ...raw };
  if (typeof raw.idNumber === 'string' && raw.idNumber === maskIdNumber(current.idNumber))
    out.idNumber = current.idNumber;
  if (current.bankCardNumber && raw.bankCardNumber === maskBankCard(current.bankCardNumber))
    out.bankCardNumber = current.bankCardNumber;
  if (current.mobile && raw.mobile === maskMobile(current.mobile)) out.mobile = current.mobile;
  if (Array.isArray(raw.members)) {
    const byMask = new Map(
      (current.members ?? [])
        .filter((m) => m.idNumber)
        .map((m) => [maskIdNumber(m.idNumber!), m.idNumber!]),
    );
    out.members = raw.members.map((m) => {
      const member = m as Raw | null;
      if (member && typeof member.idNumber === 'string' && byMask.has(member.idNumber))
        return { ...member, idNumber: byMask.get(member.idNumber) };
      return member;
    });
  }
  return out;
}

export interface ValidatedArchive {
  input: ArchiveInput;
  warnings: FieldError[];
}

/**
 * All the checks: the domain's schema (every field, every rule), then what needs the database —
 * one live archive per ID number in the whole province, and members who are the worker of
 * another live archive (a warning: the household may really share them).
 */
export async function validateArchive(
  db: Database,
  sealer: Sealer,
  raw: Raw,
  current: { row: ArchiveRow; input: ArchiveInput } | null,
): Promise<ValidatedArchive> {
  const isSelectable = await selectableCodes(db, current?.input ?? null);
  const parsed = makeArchiveInputSchema({ isSelectable }).safeParse(
    restoreMaskedValues(raw, current?.input ?? null),
  );
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    throw new ValidationError(
      `档案有 ${fieldErrors.length} 处需要修改：${fieldErrors[0]!.message}`,
      fieldErrors,
    );
  }
  const input = parsed.data;
  const exceptId = current?.row.id ?? null;
  const [holder] = await liveArchivesHolding(
    db,
    [sealer.lookupHash(normalizeIdNumber(input.idNumber))],
    exceptId,
  );
  if (holder) throw liveArchiveError(input.idNumber, holder);
  const memberHashes = (input.members ?? []).map((m) =>
    m.idNumber ? sealer.lookupHash(normalizeIdNumber(m.idNumber)) : null,
  );
  const others = await liveArchivesHolding(
    db,
    memberHashes.filter((h): h is string => h !== null),
    exceptId,
  );
  return {
    input,
    warnings: [...archiveWarnings(input), ...memberConflictWarnings(memberHashes, others)],
  };
}

export interface LiveHolder {
  hash: string;
  number: string;
  union: string;
}

/**
 * Live (not exited) archives whose worker has one of these ID hashes, with the union holding
 * each: one statement however many hashes, so a spreadsheet import checks every row at once.
 */
export async function liveArchivesHolding(
  db: Database,
  hashes: string[],
  exceptId: string | null,
): Promise<LiveHolder[]> {
  if (!hashes.length) return [];
  return await db
    .select({ hash: archives.idNumberHash, number: archives.number, union: unions.name })
    .from(archives)
    .innerJoin(unions, eq(unions.id, archives.unionId))
    .where(
      and(
        inArray(archives.idNumberHash, hashes),
        ne(archives.status, 'EXITED'),
        exceptId ? ne(archives.id, exceptId) : undefined,
      ),
    );
}

/**
 * One live archive per worker in the whole province. The message names the holding union, so the
 * two unions can talk, and nothing else of that archive: the holder may be another county's, whose
 * archive number the writer has no business knowing.
 */
export function liveArchiveError(idNumber: string, holder: LiveHolder): ValidationError {
  return ValidationError.field(
    ['idNumber'],
    'ID_NUMBER_HAS_LIVE_ARCHIVE',
    `身份证号 ${maskIdNumber(idNumber)} 已在${holder.union}建档，一人只能有一份在档档案；如有疑问请与${holder.union}联系。`,
  );
}

/** Members who are the worker of another live archive: a warning, the household may really share them. */
export function memberConflictWarnings(
  memberHashes: (string | null)[],
  others: LiveHolder[],
): FieldError[] {
  const warnings: FieldError[] = [];
  memberHashes.forEach((hash, i) => {
    const other = hash ? others.find((o) => o.hash === hash) : undefined;
    if (other) {
      warnings.push({
        path: ['members', String(i), 'idNumber'],
        code: 'MEMBER_IS_WORKER_OF_ANOTHER_ARCHIVE',
        // As for the worker: the holding union, never that archive's number.
        message: `第${i + 1}位家庭成员是${other.union}另一份在档档案的职工本人，请核实。`,
      });
    }
  });
  return warnings;
}

/** Members of the archive, for building the current input. */
export async function membersOf(db: Database, archiveId: string) {
  return db.select().from(archiveMembers).where(eq(archiveMembers.archiveId, archiveId));
}
