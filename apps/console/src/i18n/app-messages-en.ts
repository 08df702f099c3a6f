import { dashboardMessagesEn } from '../dashboard/messages-en.js';
import { printMessagesEn } from '../print/messages-en.js';
import { archiveMessages } from '../resources/archives/messages.js';
import { spreadsheetMessagesEn } from '../spreadsheets/messages-en.js';

/** The console's own words in English: app-messages.ts's keys, loaded with the English switch. */
export const englishAppMessages = {
  title: 'Bangfu · Archives of workers in difficulty',
  shortTitle: 'Bangfu',
  list: {
    filters: 'Filters',
  },
  tree: {
    title: 'Unions',
    all: 'All',
    filter: 'Only this union',
    expand: 'Show child unions',
    collapse: 'Hide',
    loading: 'Loading child unions…',
    empty: 'No child unions',
  },
  provinceSettings: {
    name: 'Province settings',
    noticePeriod:
      'Public notice: %{days} days (first day included; “Start public notice” starts today for this long)',
    noticePeriodDays: 'Notice period in days',
    noticePeriodHelp: '%{min}–%{max} days',
    save: 'Save province settings',
    saved: 'Province settings saved',
  },
  dictionaries: {
    name: 'Code lists',
    code: 'Code',
    label: 'Chinese label',
    labelEn: 'English label',
    retired: 'Retired',
    editable: 'Editable',
    fixed: 'Fixed by the notice',
    entries: '1 entry |||| %{smart_count} entries',
  },
  workflow: {
    confirm: 'Really "%{action}"?',
    done: 'Done: %{action}',
  },
  password: {
    title: 'Change password',
    why: 'For your account’s safety, the password an admin issued must be replaced at first sign-in by one only you know.',
    current: 'Current password',
    new: 'New password',
    repeat: 'New password again',
    rule: 'At least 10 characters, not a common password, not containing your username',
    save: 'Change password',
    required: 'Required',
    mismatch: 'The two new passwords differ',
  },
  formGuard: {
    crashed: 'This part failed to display. Everything typed is still in the form.',
    retry: 'Show again',
    leave: 'The form has unsaved changes. Leave anyway?',
  },
  draft: {
    found: 'There is an unsaved draft from %{time}.',
    restore: 'Restore draft',
    discard: 'Discard draft',
    restored: 'Draft restored.',
    restoredWithout:
      'Draft restored. Revealed numbers are never kept in drafts; type them again: %{fields}.',
    changed:
      'The archive was changed by someone else after this draft; review the differences below before saving.',
  },
  signedInAs: '%{name} (%{union})',
  archive: archiveMessages.en,
  print: printMessagesEn,
  spreadsheets: spreadsheetMessagesEn,
  dashboard: dashboardMessagesEn,
} as const;
