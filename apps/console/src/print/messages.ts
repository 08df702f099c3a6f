/**
 * Words of the print screens (the paper itself is always Chinese, as the notice prints it).
 * English: messages-en.ts.
 */
export const printMessages = {
  print: '打印',
  back: '返回',
  hint: '请用 A4 纸打印，缩放选“默认”或 100%；也可以在打印对话框里选“另存为 PDF”。',
  archiveForm: '打印档案表',
  contactCard: '打印联系卡',
  noContactCard: '本帮扶周期还没有帮扶计划：制定帮扶计划后才能打印联系卡。',
  notFound: '找不到这份档案，或不在你的查看范围内。',
  reveal: '显示完整号码（查看留痕）',
  revealing: '正在读取完整号码…',
  revealed: '已显示完整号码，每一次查看都已留痕。',
  masked: '身份证号、手机号码、银行卡号按规定遮盖打印；需要完整号码时先点“显示完整号码”。',
  notice: {
    menu: '公示名单',
    title: '公示名单',
    union: '工会（含全部下级）',
    from: '期间开始',
    to: '期间结束',
    print: '打印公示名单',
    empty: '这段期间没有公示的档案。',
    count: '公示期与所选期间重叠的档案共 %{smart_count} 份',
    pick: '请选择工会和期间。',
  },
  unionPicker: {
    search: '输入工会名称或代码查找',
    none: '没有找到工会',
  },
} as const;
