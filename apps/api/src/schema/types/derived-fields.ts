import { incomeSuggestsExit, suggestHardshipCategory } from '@bangfu/domain';
import { assistedThisCycle, planPastDue } from '../../assistance/archive-extras.js';
import { minimumLineOf } from '../../assistance/minimum-living-lines.js';
import { builder } from '../builder.js';
import { Archive } from './archive.js';

/*
 * Flags the server computes for an archive (domain.md §4 deadlines, the dictionaries' 低保 rules),
 * read in the same statement as the archive: each field adds a subquery to the archive's select.
 */

const YEAR_MS = 365 * 24 * 3600_000;

// One function, shared by identity: fields that need the line merge into one subquery.
const line = { minimumLivingLineFen: minimumLineOf };
const income = { monthlyIncomePerMemberFen: true, status: true } as const;

builder.drizzleObjectFields(Archive, (t) => ({
  overdue: t.boolean({
    description:
      '已超过本周期帮扶计划的完成时限（该月底）而未退出。Past the current plan’s target month and not exited.',
    select: { columns: { status: true }, extras: { planPastDue } },
    resolve: (row) => row.status === 'ESTABLISHED' && Boolean(row.planPastDue),
  }),
  minimumLivingLineFen: t.int({
    nullable: true,
    description:
      '户口所在地今年的低保标准（每人每月，分）：本区县，否则所在市，否则全省；未设置时为 null。' +
      'This year’s local minimum-living line for the hukou division (county, else city, else province), in fen.',
    select: { extras: line },
    resolve: (row) => row.minimumLivingLineFen,
  }),
  incomeToLineRatio: t.float({
    nullable: true,
    description:
      '家庭月人均收入 ÷ 低保标准；未设置低保标准时为 null。Monthly income per member ÷ the line.',
    select: { columns: income, extras: line },
    resolve: (row) =>
      row.minimumLivingLineFen
        ? (row.monthlyIncomePerMemberFen ?? 0) / row.minimumLivingLineFen
        : null,
  }),
  suggestedHardshipCategory: t.string({
    nullable: true,
    description:
      '按收入建议的困难类别：低于低保标准为 DEEP（深度困难），低于两倍为 RELATIVE（相对困难），否则 null；仅供参考。' +
      'Category the income suggests: DEEP below the line, RELATIVE below twice the line, else null.',
    select: { columns: income, extras: line },
    resolve: (row) =>
      row.minimumLivingLineFen == null
        ? null
        : suggestHardshipCategory(row.monthlyIncomePerMemberFen ?? 0, row.minimumLivingLineFen),
  }),
  looksReadyToExit: t.boolean({
    description:
      '帮扶中且家庭月人均收入已达低保标准两倍以上（不再建议任何困难类别），可考虑脱困退出；与建议类别同一规则，二者不会矛盾。' +
      'Established, with income per member at or above twice the line — exactly when no category is suggested.',
    select: { columns: income, extras: line },
    resolve: (row) =>
      row.status === 'ESTABLISHED' &&
      row.minimumLivingLineFen != null &&
      incomeSuggestsExit(row.monthlyIncomePerMemberFen ?? 0, row.minimumLivingLineFen),
  }),
  noUpdateInAYear: t.boolean({
    description:
      '未退出且一年以上（365 天）未更新，应全面复核。Not exited and unchanged for over 365 days.',
    select: { columns: { status: true, updatedAt: true } },
    resolve: (row) =>
      row.status !== 'EXITED' && Date.now() - new Date(row.updatedAt).getTime() > YEAR_MS,
  }),
  neverAssisted: t.boolean({
    description:
      '已建档但本帮扶周期还没有任何台账记录。Established with no ledger entry in the current cycle.',
    select: { columns: { status: true }, extras: { assistedThisCycle } },
    resolve: (row) => row.status === 'ESTABLISHED' && !row.assistedThisCycle,
  }),
}));
