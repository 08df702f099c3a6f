import type { Role } from '@bangfu/domain';
import { can } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';

/*
 * Which archive tools a role is offered (domain.md §5, and the API's own checks): the grassroots
 * union keeps its archives (form, plan, ledger, attachments), city-level unions spot-check,
 * every admin may reveal a masked number (logged), analysts never.
 */

const role = (p: Permissions | undefined) => p?.role as Role | undefined;

/** The form, the assistance plan, the ledger and attachments. */
export const mayKeepArchives = (p: Permissions | undefined) => can(p, 'edit', 'archives');

/** 抽查核实: the city-level union (a CITY_ADMIN also sits at a direct county) or the province. */
export const maySpotCheck = (p: Permissions | undefined) =>
  role(p) === 'CITY_ADMIN' || role(p) === 'PROVINCE_ADMIN';

/** revealSensitive: admins who can read the archive; analysts see no identifiers at all. */
export const mayReveal = (p: Permissions | undefined) => !!p && role(p) !== 'ANALYST';

/** The archive form can be changed while being entered or while assisted (the API's rule). */
export const EDITABLE_STATUSES: readonly string[] = ['DRAFT', 'ESTABLISHED'];
