import { dashboardMessages } from '../dashboard/messages.js';
import { printMessages } from '../print/messages.js';
import { archiveMessages } from '../resources/archives/messages.js';
import { spreadsheetMessages } from '../spreadsheets/messages.js';

/**
 * The console's own words, beside react-admin's and the schema's, in Chinese. The same keys in
 * English are in app-messages-en.ts, loaded with the English switch.
 */
export const chineseAppMessages = {
  title: '帮扶 · 困难职工解困脱困建档立卡',
  shortTitle: '帮扶',
  list: {
    filters: '筛选',
  },
  tree: {
    title: '工会组织',
    all: '全部',
    filter: '只看此工会',
    expand: '展开下级',
    collapse: '收起',
    loading: '正在读取下级工会…',
    empty: '没有下级工会',
  },
  provinceSettings: {
    name: '全省参数',
    noticePeriod: '公示期：%{days} 天（含首日；“开始公示”默认从当天起按此天数）',
    noticePeriodDays: '公示期天数',
    noticePeriodHelp: '%{min}–%{max} 天',
    save: '保存全省参数',
    saved: '全省参数已保存',
  },
  dictionaries: {
    name: '代码表',
    code: '代码',
    label: '中文名称',
    labelEn: '英文名称',
    retired: '已停用',
    editable: '可维护',
    fixed: '通知规定的固定列表',
    entries: '%{smart_count} 项',
  },
  workflow: {
    confirm: '确定要“%{action}”吗？',
    done: '已完成：%{action}',
  },
  password: {
    title: '修改密码',
    why: '为了账户安全，管理员设定的初始密码须在首次登录时改为只有你知道的密码。',
    current: '当前密码',
    new: '新密码',
    repeat: '再次输入新密码',
    rule: '至少 10 位，不能是常见密码，不能包含登录名',
    save: '修改密码',
    required: '请填写',
    mismatch: '两次输入的新密码不一致',
  },
  formGuard: {
    crashed: '这一部分显示出错了。已填写的内容都还在表单里，没有丢失。',
    retry: '重新显示',
    leave: '表单有尚未保存的修改，确定要离开吗？',
  },
  draft: {
    found: '有一份 %{time} 自动保存的草稿，尚未提交。',
    restore: '恢复草稿',
    discard: '丢弃草稿',
    restored: '已恢复草稿。',
    restoredWithout: '已恢复草稿。查看过的敏感号码不保存在草稿中，请重新填写：%{fields}。',
    changed: '草稿之后这份档案已被他人修改，请对照下面的差异后再保存。',
  },
  signedInAs: '%{name}（%{union}）',
  archive: archiveMessages.zh,
  print: printMessages,
  spreadsheets: spreadsheetMessages,
  dashboard: dashboardMessages,
} as const;
