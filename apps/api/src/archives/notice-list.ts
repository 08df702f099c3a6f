import { maskName } from '@bangfu/domain';
import { and, asc, eq, gte, like, lte } from 'drizzle-orm';
import { subtreePattern } from '../auth/scope.js';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { archives, dictionaryEntries, unions } from '../db/schema/index.js';
import { Forbidden, ValidationError } from '../errors.js';
import { visibleUnion } from '../unions/service.js';

/*
 * 公示名单 (docs/domain.md, "Public notice"): what may be posted on a notice board. Only what the
 * list needs is read — never ID numbers, incomes, health or addresses of workers — and names are
 * masked (张*国).
 */

export interface NoticeEntryShape {
  archiveId: string;
  name: string;
  unionName: string;
  hardshipCategory: string;
  hardshipCategoryLabel: string;
  primaryCause: string;
  noticeStartsOn: string;
  noticeEndsOn: string;
  objectionsTo: ObjectionContactShape;
}

export interface ObjectionContactShape {
  unionName: string;
  address: string | null;
  liaisonName: string | null;
  liaisonPost: string | null;
  liaisonPhone: string | null;
}

export interface NoticeListShape {
  unionName: string;
  from: string;
  to: string;
  entries: NoticeEntryShape[];
}

/** The notices of a union's subtree whose notice period overlaps from–to. */
export async function noticeList(
  db: Database,
  viewer: Viewer,
  unionId: string,
  from: string,
  to: string,
): Promise<NoticeListShape> {
  if (to < from)
    throw ValidationError.field(
      ['to'],
      'PERIOD_ENDS_BEFORE_START',
      '期间结束日期不能早于开始日期。',
    );
  const union = await visibleUnion(db, viewer, unionId);
  if (!union) throw new Forbidden('找不到该工会，或不在你的管理范围内。');
  const rows = await db
    .select({
      archiveId: archives.id,
      name: archives.name,
      hardshipCategory: archives.hardshipCategory,
      hardshipCategoryLabel: dictionaryEntries.label,
      primaryCause: archives.primaryCause,
      noticeStartsOn: archives.noticeStartsOn,
      noticeEndsOn: archives.noticeEndsOn,
      unionName: unions.name,
      address: unions.address,
      liaisonName: unions.liaisonName,
      liaisonPost: unions.liaisonPost,
      liaisonPhone: unions.liaisonPhone,
    })
    .from(archives)
    .innerJoin(unions, eq(unions.id, archives.unionId))
    .leftJoin(
      dictionaryEntries,
      and(
        eq(dictionaryEntries.dictionary, 'hardshipCategory'),
        eq(dictionaryEntries.code, archives.hardshipCategory),
      ),
    )
    .where(
      and(
        like(archives.unionPath, subtreePattern(union.path)),
        lte(archives.noticeStartsOn, to),
        gte(archives.noticeEndsOn, from),
      ),
    )
    .orderBy(asc(unions.code), asc(archives.noticeStartsOn), asc(archives.number));
  return {
    unionName: union.name,
    from: from,
    to: to,
    entries: rows.map((r) => ({
      archiveId: r.archiveId,
      name: maskName(r.name),
      unionName: r.unionName,
      hardshipCategory: r.hardshipCategory,
      hardshipCategoryLabel: r.hardshipCategoryLabel ?? r.hardshipCategory,
      primaryCause: r.primaryCause,
      noticeStartsOn: r.noticeStartsOn!,
      noticeEndsOn: r.noticeEndsOn!,
      objectionsTo: {
        unionName: r.unionName,
        address: r.address,
        liaisonName: r.liaisonName,
        liaisonPost: r.liaisonPost,
        liaisonPhone: r.liaisonPhone,
      },
    })),
  };
}
