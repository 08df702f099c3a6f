import type { UnionLevel } from './union-levels.js';

/**
 * Roles (domain.md §5, the API's enum `Role`). `unionLevels` lists the levels a user of the role
 * may belong to. A directly administered county reports like a city and approves like a county, so
 * its users may hold either role; a city admin also approves for grassroots unions directly under
 * it.
 */
export const ROLES = {
  PROVINCE_ADMIN: {
    code: 'PROVINCE_ADMIN',
    label: '省总工会管理员',
    labelEn: 'Province administrator',
    unionLevels: ['PROVINCE'],
  },
  CITY_ADMIN: {
    code: 'CITY_ADMIN',
    label: '市级工会管理员',
    labelEn: 'City administrator',
    unionLevels: ['CITY', 'DIRECT_COUNTY'],
  },
  COUNTY_ADMIN: {
    code: 'COUNTY_ADMIN',
    label: '县级工会管理员',
    labelEn: 'County administrator',
    unionLevels: ['COUNTY', 'DIRECT_COUNTY'],
  },
  GRASSROOTS_ADMIN: {
    code: 'GRASSROOTS_ADMIN',
    label: '基层工会管理员',
    labelEn: 'Grassroots administrator',
    unionLevels: ['GRASSROOTS'],
  },
  ANALYST: {
    code: 'ANALYST',
    label: '统计分析员',
    labelEn: 'Analyst',
    unionLevels: ['PROVINCE', 'CITY', 'DIRECT_COUNTY', 'COUNTY', 'GRASSROOTS'],
  },
} as const satisfies Record<
  string,
  { code: string; label: string; labelEn: string; unionLevels: readonly UnionLevel[] }
>;

export type Role = keyof typeof ROLES;

/** Whether a user of `role` may belong to a union of `level`. */
export function roleFitsLevel(role: Role, level: UnionLevel): boolean {
  return (ROLES[role].unionLevels as readonly UnionLevel[]).includes(level);
}
