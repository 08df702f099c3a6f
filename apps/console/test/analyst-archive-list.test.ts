import { describe, expect, it } from 'vitest';
import { mayFilterArchivesBy, mayFilterByUnion, maySortArchivesBy } from '../src/access.js';
import type { Permissions } from '../src/data/auth-provider.js';
import { resourceModel } from '../src/model.js';

/*
 * The API refuses an analyst's search and ordering by name or number (ORDER_NOT_ALLOWED_FOR_ANALYST,
 * SEARCH_NOT_ALLOWED_FOR_ANALYST); the archive list must not offer them, so it never sends one.
 */
const as = (role: string) => ({ role }) as Permissions;
const archives = resourceModel('archives');
const REFUSED_ORDERS = ['NAME_ASC', 'NUMBER_ASC'];

describe('the archive list for an analyst', () => {
  it('offers no search box', () => {
    expect(archives.list.filters.some((f) => f.name === 'search')).toBe(true);
    expect(mayFilterArchivesBy(as('ANALYST'), 'search')).toBe(false);
    expect(mayFilterArchivesBy(as('GRASSROOTS_ADMIN'), 'search')).toBe(true);
  });

  it('sorts by no column the API would refuse, and by the others still', () => {
    const options = archives.list.sort!.options;
    const refused = options.filter((o) => REFUSED_ORDERS.includes(o.value));
    expect(refused.map((o) => o.field).sort()).toEqual(['name', 'number']);
    for (const o of refused) {
      expect(maySortArchivesBy(as('ANALYST'), o.field), o.field).toBe(false);
      expect(maySortArchivesBy(as('PROVINCE_ADMIN'), o.field), o.field).toBe(true);
    }
    for (const o of options.filter((o) => !REFUSED_ORDERS.includes(o.value)))
      expect(maySortArchivesBy(as('ANALYST'), o.field), o.field).toBe(true);
  });

  it('keeps the other filters', () => {
    for (const f of archives.list.filters.filter((f) => f.name !== 'search'))
      expect(mayFilterArchivesBy(as('ANALYST'), f.name), f.name).toBe(true);
  });

  it('offers unions of county level or above to filter archives by, as the API allows', () => {
    for (const level of ['PROVINCE', 'CITY', 'COUNTY', 'DIRECT_COUNTY'])
      expect(mayFilterByUnion(as('ANALYST'), 'unionId', level), level).toBe(true);
    expect(mayFilterByUnion(as('ANALYST'), 'unionId', 'GRASSROOTS')).toBe(false);
    expect(mayFilterByUnion(as('COUNTY_ADMIN'), 'unionId', 'GRASSROOTS')).toBe(true);
    // The unions list filters by parent; it is not an archive count.
    expect(mayFilterByUnion(as('ANALYST'), 'parentId', 'GRASSROOTS')).toBe(true);
  });
});
