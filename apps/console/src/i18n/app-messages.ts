import { dashboardMessages } from '../dashboard/messages.js';
import { printMessages } from '../print/messages.js';
import { archiveMessages } from '../resources/archives/messages.js';
import { spreadsheetMessages } from '../spreadsheets/messages.js';

/** The console's own words, beside react-admin's and the schema's. Same keys in both languages. */
export const appMessages = {
  zh: {
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
    print: printMessages.zh,
    spreadsheets: spreadsheetMessages.zh,
    dashboard: dashboardMessages.zh,
  },
  en: {
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
    print: printMessages.en,
    spreadsheets: spreadsheetMessages.en,
    dashboard: dashboardMessages.en,
  },
} as const;
