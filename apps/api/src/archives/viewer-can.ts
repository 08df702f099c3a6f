import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';
import { keepsAssistanceOf, spotChecksOf } from '../assistance/access.js';
import { canReveal } from './access.js';
import { canEditArchivesOf, EDITABLE_STATUSES } from './service.js';

/** What an archive must show of itself for the rules below: its state and its union. */
export interface ArchiveStanding {
  status: string;
  unionId: string;
  unionPath: string;
}

/**
 * What the viewer may do with one archive now, so the console offers exactly that
 * (docs/architecture.md, "Who may see and do what"). Each answer is the check the mutation
 * makes — the same functions, then the state it requires — so the two cannot drift apart.
 * Only the archive's own columns are read: asking this of a page of archives costs no query.
 * Preconditions on other records (a signed plan before a contact card, an entry not yet
 * corrected) stay with the mutation, which refuses them with a field error.
 */
export interface ArchiveAbilities {
  /** updateArchive: the keeping union, while the archive is a draft or being assisted. */
  edit: boolean;
  /** deleteArchive: the keeping union, drafts only. */
  delete: boolean;
  /** revealSensitive: every admin who can read the archive, never an analyst. */
  reveal: boolean;
  /** Uploading and removing attachments: the keeping union, until the archive has exited. */
  manageAttachments: boolean;
  /** setAssistancePlan, issueContactCard, addLedgerEntry, correctLedgerEntry: the keeping union, once established. */
  keepAssistance: boolean;
  /** recordSpotCheck: the city-level union above it or the province, once established. */
  spotCheck: boolean;
}

const NOTHING: ArchiveAbilities = {
  edit: false,
  delete: false,
  reveal: false,
  manageAttachments: false,
  keepAssistance: false,
  spotCheck: false,
};

export function archiveAbilities(
  viewer: Viewer | null,
  archive: ArchiveStanding,
): ArchiveAbilities {
  if (!viewer || !inSubtree(viewer, archive.unionPath)) return NOTHING;
  const keeps = canEditArchivesOf(viewer, archive.unionId, archive.unionPath);
  const established = archive.status === 'ESTABLISHED';
  return {
    edit: keeps && EDITABLE_STATUSES.has(archive.status),
    delete: keeps && archive.status === 'DRAFT',
    reveal: canReveal(viewer),
    manageAttachments: keeps && archive.status !== 'EXITED',
    keepAssistance: established && keepsAssistanceOf(viewer, archive),
    spotCheck: established && spotChecksOf(viewer, archive),
  };
}
