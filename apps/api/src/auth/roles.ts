import { ROLES, type Role } from '@bangfu/domain';

export type { Role };

/** Which union levels a role's user may belong to (domain.md §5), from the domain package. */
export const ROLE_LEVELS = Object.fromEntries(
  Object.values(ROLES).map((r) => [r.code, r.unionLevels as readonly string[]]),
) as Record<Role, readonly string[]>;
