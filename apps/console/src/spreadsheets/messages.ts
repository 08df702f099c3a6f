/** Words of the spreadsheet buttons and the import dialog. English: messages-en.ts. */
export const spreadsheetMessages = {
  template: '下载导入模板',
  // On a phone, beside 导出 and 导入.
  templateShort: '模板',
  import: '导入',
  export: '导出',
  statistics: '导出统计表',
  saved: '已下载：%{name}',
  importTitle: '从 Excel 导入档案',
  importHelp:
    '请使用“下载导入模板”得到的表格：档案填在“档案”表，家庭成员填在“家庭成员”表。导入前会检查每一行，只要有一处问题，就一份也不导入。',
  union: '导入到基层工会',
  chooseFile: '选择 .xlsx 文件',
  chosen: '已选择：%{name}',
  start: '开始导入',
  importing: '正在检查并导入…',
  refused:
    '文件中有 %{smart_count} 处问题，没有导入任何档案。请在 Excel 中改正下列单元格后重新导入。',
  created: '已导入 %{smart_count} 份档案。',
  numbers: '新建档案的职工编号',
  warnings: '以下情况不影响导入，请核实：',
  sheet: '工作表',
  row: '行',
  column: '列',
  field: '字段',
  problem: '问题',
  close: '关闭',
} as const;
