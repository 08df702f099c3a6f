/**
 * Words of the print screens in English, the keys of messages.ts; loaded only with the English
 * switch (i18n/english.ts).
 */
export const printMessagesEn = {
  print: 'Print',
  back: 'Back',
  hint: 'Print on A4 at 100 % scale; the print dialog can also save as PDF.',
  archiveForm: 'Print archive form',
  contactCard: 'Print contact card',
  noContactCard:
    'This cycle has no assistance plan yet: the contact card can be printed once a plan is made.',
  notFound: 'This archive does not exist or is outside your scope.',
  reveal: 'Show full numbers (logged)',
  revealing: 'Reading the full numbers…',
  revealed: 'Full numbers shown; every reveal has been logged.',
  masked:
    'ID, mobile and bank card numbers print masked; use “Show full numbers” when the paper needs them.',
  notice: {
    menu: 'Public notice list',
    title: 'Public notice list',
    union: 'Union (with its subtree)',
    from: 'From',
    to: 'To',
    print: 'Print notice list',
    empty: 'No archive was publicized in this period.',
    count:
      '1 archive whose notice overlaps the period |||| %{smart_count} archives whose notice overlaps the period',
    pick: 'Choose a union and a period.',
  },
  unionPicker: {
    search: 'Type a union name or code',
    none: 'No union found',
  },
} as const;
