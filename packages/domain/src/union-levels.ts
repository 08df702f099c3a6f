/**
 * 工会组织 levels (domain.md §1). `parents` says under which levels a union of this level may sit, so
 * that the API can refuse a tree the workflow could not serve (e.g. a county with no city above).
 * A grassroots union usually sits under a county-level union, sometimes directly under a city
 * (市直基层工会), whose admin then approves its archives.
 */
export const UNION_LEVELS = {
  PROVINCE: {
    code: 'PROVINCE',
    label: '省总工会',
    labelEn: 'Provincial federation of trade unions',
    parents: [],
  },
  CITY: {
    code: 'CITY',
    label: '省辖市总工会',
    labelEn: 'Prefecture-level city federation',
    parents: ['PROVINCE'],
  },
  DIRECT_COUNTY: {
    code: 'DIRECT_COUNTY',
    label: '直管县（市）总工会',
    labelEn: 'Directly administered county federation',
    parents: ['PROVINCE'],
  },
  COUNTY: {
    code: 'COUNTY',
    label: '县（市、区）级工会',
    labelEn: 'County-level union',
    parents: ['CITY'],
  },
  GRASSROOTS: {
    code: 'GRASSROOTS',
    label: '基层工会',
    labelEn: 'Grassroots union',
    parents: ['COUNTY', 'DIRECT_COUNTY', 'CITY'],
  },
} as const satisfies Record<
  string,
  { code: string; label: string; labelEn: string; parents: readonly string[] }
>;

export type UnionLevel = keyof typeof UNION_LEVELS;

/** The three kinds of grassroots union the notice names: 单位、镇街、社区工会. */
export const GRASSROOTS_KINDS = {
  ENTERPRISE: {
    code: 'ENTERPRISE',
    label: '单位',
    labelEn: 'Workplace (enterprise or institution)',
  },
  TOWNSHIP_STREET: { code: 'TOWNSHIP_STREET', label: '镇街', labelEn: 'Township or street' },
  COMMUNITY: { code: 'COMMUNITY', label: '社区', labelEn: 'Community' },
} as const satisfies Record<string, { code: string; label: string; labelEn: string }>;

export type GrassrootsKind = keyof typeof GRASSROOTS_KINDS;
