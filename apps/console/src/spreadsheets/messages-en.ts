/**
 * Words of the spreadsheet buttons and the import dialog in English, the keys of messages.ts;
 * loaded only with the English switch (i18n/english.ts).
 */
export const spreadsheetMessagesEn = {
  template: 'Download import template',
  templateShort: 'Template',
  import: 'Import',
  export: 'Export',
  statistics: 'Export statistics',
  saved: 'Downloaded: %{name}',
  importTitle: 'Import archives from Excel',
  importHelp:
    'Use the workbook from “Download import template”: archives on the 档案 sheet, household members on 家庭成员. Every row is checked first; if anything is wrong, nothing is imported.',
  union: 'Grassroots union to import into',
  chooseFile: 'Choose an .xlsx file',
  chosen: 'Chosen: %{name}',
  start: 'Import',
  importing: 'Checking and importing…',
  refused:
    'The file has 1 problem; nothing was imported. Correct the cell below in Excel and import again. |||| The file has %{smart_count} problems; nothing was imported. Correct the cells below in Excel and import again.',
  created: '1 archive imported. |||| %{smart_count} archives imported.',
  numbers: 'Numbers of the new archives',
  warnings: 'Imported; please check:',
  sheet: 'Sheet',
  row: 'Row',
  column: 'Column',
  field: 'Field',
  problem: 'Problem',
  close: 'Close',
} as const;
