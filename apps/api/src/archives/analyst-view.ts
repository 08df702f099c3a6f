/**
 * What an analyst never sees (PIPL art. 28/51; GB/T 37964 de-identification), by GraphQL type and
 * field. One table, applied in one place (analyst-view-plugin.ts wraps every listed field), used
 * again for history snapshots and the spreadsheet export (archives/access.ts), and read by the
 * test that asks every listed field as an analyst.
 *
 * - `hide`: always hidden — text that is not nullable reads `（已隐藏）`, anything else null.
 * - `grassroots`: hidden when the row is a grassroots union; places show at county level.
 * - `others`: hidden unless it is the viewer's own (a user's own name at sign-in).
 *
 * Exact ages are hidden; `ageBand` gives the ten-year band instead.
 */
export const HIDDEN_TEXT = '（已隐藏）';

export type AnalystRule = 'hide' | 'grassroots' | 'others';

const hide = (...fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, 'hide' as const])) as Record<string, AnalystRule>;

export const ANALYST_HIDDEN_FIELDS: Record<string, Record<string, AnalystRule>> = {
  // The worker: name, identifiers, contacts, birth date and age, health, bank, free text, employer,
  // and the staff who handled the file (their names identify the place as much as the worker).
  Archive: hide(
    'name',
    'idNumber',
    'mobile',
    'otherContact',
    'address',
    'postalCode',
    'bankCardNumber',
    'bankName',
    'bankBranch',
    'birthDate',
    'age',
    'health',
    'disabilityCategory',
    'disabilityGrade',
    'employer',
    'remarks',
    'rejectionReason',
    'exitNote',
    'archivist',
    'reviewer',
    'enteredBy',
    'assistancePerson',
  ),
  Member: hide('name', 'idNumber', 'birthDate', 'age', 'health', 'employerOrSchool'),
  Determination: hide('keyGroupOther', 'measureOther', 'actionPlanOther'),
  LedgerEntry: hide('description', 'by', 'correctionReason'),
  AssistancePlan: hide(
    'personName',
    'personPhone',
    'liaisonName',
    'liaisonPhone',
    'signatureWitness',
    'remarks',
    'measureOther',
    'actionPlanOther',
  ),
  ContactCardWorkerCopy: hide(
    'name',
    'birthMonth',
    'phone',
    'post',
    'liaisonName',
    'liaisonPhone',
    'assistancePerson',
    'remarks',
    'measureOther',
    'actionPlanOther',
  ),
  ContactCardPersonInChargeCopy: hide(
    'name',
    'birthMonth',
    'address',
    'contact',
    'employer',
    'householdSummary',
    'assistancePerson',
  ),
  SpotCheck: hide('checker', 'note'),
  NoticeObjection: hide('note'),
  ArchiveHistoryEntry: hide('reason'),
  Attachment: hide('name', 'remark'),
  PublicNoticeEntry: hide('name', 'unionName'),
  PublicNoticeList: hide('unionName'),
  ObjectionContact: hide('unionName', 'liaisonName', 'liaisonPhone', 'address'),
  ReportSubmission: hide('note'),
  ReportRevision: hide('note'),
  Union: {
    name: 'grassroots',
    code: 'grassroots',
    ...hide('liaisonName', 'liaisonPhone', 'address'),
  },
  User: { name: 'others', ...hide('phone') },
};

export function analystRule(type: string, field: string): AnalystRule | undefined {
  return ANALYST_HIDDEN_FIELDS[type]?.[field];
}

/** Whether the rule hides this row's field from an analyst whose user id is `viewerId`. */
export function hidesRow(rule: AnalystRule, row: unknown, viewerId: string): boolean {
  const r = (row ?? {}) as { level?: unknown; id?: unknown };
  if (rule === 'grassroots') return r.level === 'GRASSROOTS';
  if (rule === 'others') return r.id !== viewerId;
  return true;
}

/** Ten-year age bands (under 18 together, 70 and over together): precise enough to count by. */
export function ageBand(age: number | null | undefined): string | null {
  if (age == null || age < 0) return null;
  if (age < 18) return '0-17';
  if (age < 30) return '18-29';
  if (age >= 70) return '70+';
  const low = Math.floor(age / 10) * 10;
  return `${low}-${low + 9}`;
}
