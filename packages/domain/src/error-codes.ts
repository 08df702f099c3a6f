import { englishLabel } from './labels.js';
import { ERROR_CODES_EN } from './error-codes-en.js';
import { toLocale, type Locale } from './locale.js';
import { excerpt } from './typing.js';

/**
 * Every machine code the domain package reports, with its Chinese message template. `{label}` is
 * the field's Chinese label (as on the seed form), other `{…}` slots are filled by the rule that
 * fires. Codes are part of the public contract (API `fieldErrors.code`): never rename one.
 * Warning codes (which do not block saving) are listed in WARNING_CODES and live here too.
 * ERROR_CODES_EN has the English template of every code.
 */
export const ERROR_CODES = {
  // Any field
  REQUIRED: '请填写{label}',
  INVALID_TYPE: '{label}的格式不正确',
  TEXT_TOO_LONG: '{label}不能超过{max}个字，请精简',
  TEXT_CONTROL_CHARACTER: '{label}中有无法显示的字符（{char}），多为复制粘贴带入，请删除后重新输入',
  INVALID_OPTION: '{label}只能从给定选项中选择',
  NOT_IN_DICTIONARY: '{label}的选项“{value}”不存在或已停用，请重新选择',
  OPTION_DUPLICATE: '{label}中“{value}”重复选择了，请去掉重复项',
  // Dates
  DATE_FORMAT: '{label}应为“年-月-日”格式，例如 2016-07-13',
  DATE_INVALID: '{label}“{value}”不是真实存在的日期，请核对',
  DATE_TOO_EARLY: '{label}不能早于1900年',
  DATE_IN_FUTURE: '{label}不能晚于今天',
  YEAR_MONTH_FORMAT: '{label}应为“年-月”格式，例如 2027-06',
  // Money and numbers
  FEN_NOT_INTEGER: '{label}应为以“分”为单位的整数',
  FEN_NEGATIVE: '{label}不能为负数',
  FEN_TOO_LARGE: '{label}不能超过{max}元，请检查是否多输了位数',
  MONEY_FORMAT: '{label}“{value}”无法识别，请填写数字，例如 1234.50',
  MONEY_INCOMPLETE: '{label}“{value}”没有写完：小数点后应有一到两位数字，例如 12.50',
  MONEY_SEPARATOR:
    '{label}“{value}”中的逗号位置不对：逗号只用来每三位分隔（如 1,234.50），小数请用小数点',
  MONEY_NEGATIVE: '{label}不能为负数',
  MONEY_TOO_MANY_DECIMALS: '{label}最多精确到分（两位小数）',
  MONEY_TOO_LARGE: '{label}不能超过{max}元，请检查是否多输了位数',
  FLOOR_AREA_INVALID: '建筑面积应为0到10000之间的数字（平方米），最多两位小数',
  HOUSEHOLD_SIZE_RANGE: '家庭人口应为1到50之间的整数',
  HOUSEHOLD_SIZE_TOO_SMALL:
    '家庭人口（{size}人）少于职工本人加已填家庭成员的人数（{count}人），请核对家庭人口或家庭成员',
  // ID numbers (GB 11643-1999)
  ID_NUMBER_REQUIRED: '请填写身份证号',
  ID_NUMBER_LEGACY_15: '这是15位旧身份证号，请填写18位的第二代身份证号',
  ID_NUMBER_LENGTH: '身份证号应为18位，现在是{length}位',
  ID_NUMBER_FORMAT: '身份证号应为17位数字加最后一位数字或X',
  ID_NUMBER_REGION: '身份证号前6位“{value}”不是有效的行政区划代码，请核对',
  ID_NUMBER_BIRTH_DATE: '身份证号第7–14位“{value}”不是有效的出生日期，请核对',
  ID_NUMBER_FUTURE: '身份证号中的出生日期晚于今天，请核对',
  ID_NUMBER_CHECKSUM: '身份证号校验位不符（按前17位应为“{expected}”），请逐位核对',
  BIRTH_DATE_MISMATCH: '出生日期与身份证号不一致，身份证号中为{expected}',
  SEX_MISMATCH: '性别与身份证号不一致，身份证号显示为{expected}',
  ID_NUMBER_DUPLICATE_IN_HOUSEHOLD: '身份证号与{other}重复，同一户中每个身份证号只能出现一次',
  // Contact, region, bank
  MOBILE_FORMAT: '手机号码应为以1开头的11位数字（第二位为3–9）',
  MOBILE_IS_LANDLINE: '“{value}”是固定电话，请填在“其他联系方式”中；手机号码应为以1开头的11位数字',
  POSTAL_CODE_FORMAT: '邮政编码应为6位数字',
  PHONE_FORMAT:
    '{label}应为手机号码或固定电话（可带区号和分机号），例如 13812345678、0371-65551234 或 0371-65551234转8021',
  DIVISION_CODE_FORMAT: '{label}应为6位数字的行政区划代码',
  DIVISION_CODE_PROVINCE: '{label}“{value}”的前两位不是有效的省级代码，请核对',
  BANK_CARD_FORMAT: '银行卡号应为12到19位数字',
  // Person and household
  DISABILITY_CATEGORY_REQUIRED: '健康状况为“残疾”时，请填写残疾类别',
  DISABILITY_GRADE_REQUIRED: '健康状况为“残疾”时，请填写残疾等级',
  DISABILITY_GRADE_WITHOUT_CATEGORY: '填写了残疾等级，请同时填写残疾类别',
  WORK_START_BEFORE_BIRTH: '工作时间应晚于出生日期',
  MEMBERS_TOO_MANY: '家庭主要成员最多填写{max}人',
  // Causes (致困原因)
  SECONDARY_CAUSES_TOO_MANY: '次要致困原因最多选三项，现在选了{count}项',
  SECONDARY_CAUSE_DUPLICATE: '次要致困原因“{value}”重复选择了',
  SECONDARY_CAUSE_IS_PRIMARY: '次要致困原因不能与主要致困原因（{value}）相同',
  // Determination (确定是否为解困脱困对象)
  KEY_GROUPS_REQUIRED: '确定为解困脱困对象时，请至少选择一项五类重点群体',
  MEASURES_REQUIRED: '确定为解困脱困对象时，请至少选择一项“四个一批”措施',
  ACTION_PLANS_REQUIRED: '确定为解困脱困对象时，请至少选择一项七个行动计划',
  KEY_GROUP_OTHER_NOTE_REQUIRED: '五类重点群体选了“其他”，请注明具体情况',
  MEASURE_OTHER_NOTE_REQUIRED: '“四个一批”措施选了“其他”，请注明具体措施',
  ACTION_PLAN_OTHER_NOTE_REQUIRED: '七个行动计划选了“其他”，请注明具体计划',
  CLASSIFICATION_WITHOUT_TARGET: '未确定为解困脱困对象时不能选择{label}',
  // Attachments (附件) and dictionary upkeep
  ATTACHMENT_EMPTY: '附件文件是空的，请重新选择文件',
  ATTACHMENT_TOO_LARGE: '附件不能超过{max}MB，请压缩或分页扫描后再上传',
  ATTACHMENT_TYPE_NOT_ALLOWED: '附件只能是PDF、JPEG、PNG或WebP文件（按文件内容判断，改扩展名无效）',
  ATTACHMENT_DAMAGED:
    '附件不是完整有效的{format}文件（文件已损坏，或在{format}内容之外夹带了其他内容），请重新导出或扫描后再上传',
  ATTACHMENT_ACTIVE_CONTENT:
    'PDF附件含有脚本、自动执行的动作、嵌入文件或动态表单（{feature}），不能上传；请用“打印为PDF”或重新扫描生成后再上传',
  ATTACHMENT_ENCRYPTED: 'PDF附件已加密或设有密码，无法检查其内容；请另存为未加密的PDF后再上传',
  ATTACHMENT_TOO_MANY_PIXELS:
    '图片像素过多（约{megapixels}百万像素，最多{max}百万像素），请缩小图片尺寸后再上传',
  ATTACHMENT_QUOTA_EXCEEDED:
    '本工会的附件存储已用{used}MB（上限{quota}MB），放不下这个{size}MB的文件；已移除的附件仍占用空间，请联系系统管理员提高上限',
  DICTIONARY_CODE_FORMAT:
    '代码只能是1到4位数字，或以大写字母开头、由大写字母、数字和下划线组成（最长{max}位），例如 14 或 ELDERLY_CARE',
  // Passwords (sign-in)
  PASSWORD_TOO_SHORT: '密码至少{min}位',
  PASSWORD_TOO_LONG: '密码不能超过{max}位',
  PASSWORD_BLANK: '密码不能只有空格',
  PASSWORD_COMMON: '这是常见密码，容易被猜中，请换一个',
  PASSWORD_CONTAINS_USERNAME: '密码不能包含登录名',
  // Warnings: shown to the user, never block saving
  BANK_CARD_LUHN: '银行卡号校验位看起来不对，请与银行卡核对（仍可保存）',
  HOUSEHOLD_INCOME_BELOW_PARTS:
    '家庭年度总收入（{total}元）低于本人及家庭成员月收入×12加家庭其他非薪资年收入之和（{parts}元），请核对',
  NO_CONTACT: '未填写手机号码或其他联系方式，联系卡上将没有联系方式',
  RELATION_SEX_MISMATCH: '关系“{relation}”与性别“{sex}”不一致，请核对',
  WORK_START_UNDER_16: '工作时间早于16周岁，请核对出生日期和工作时间',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes that are warnings: `archiveWarnings` reports them, the schema never does. */
export const WARNING_CODES = [
  'BANK_CARD_LUHN',
  'HOUSEHOLD_INCOME_BELOW_PARTS',
  'NO_CONTACT',
  'RELATION_SEX_MISMATCH',
  'WORK_START_UNDER_16',
] as const satisfies readonly ErrorCode[];

/** Values for the `{…}` slots of a message; a slot `x` may have an English twin `xEn`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Whether `code` is one of the package's codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The names of a template's slots, e.g. ['label', 'max'] for TEXT_TOO_LONG. */
export function messageSlots(code: ErrorCode, locale: Locale = 'zh-CN'): string[] {
  const template = toLocale(locale) === 'en' ? ERROR_CODES_EN[code] : ERROR_CODES[code];
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function slotValue(
  params: MessageParams,
  key: string,
  locale: Locale,
): string | number | undefined {
  if (locale === 'zh-CN') return params[key];
  const english = params[`${key}En`];
  if (english !== undefined) return english;
  const value = params[key];
  return key === 'label' && typeof value === 'string' ? (englishLabel(value) ?? value) : value;
}

/**
 * Fills a code's template in `locale` (Chinese by default, as the API sends it). In English a slot
 * `x` takes `xEn` when given, and `label` its catalogue translation. A slot with no value is left
 * visible rather than silently dropped.
 */
export function formatErrorMessage(
  code: ErrorCode,
  params: MessageParams = {},
  locale: Locale | string = 'zh-CN',
): string {
  const lang = toLocale(locale);
  const template = lang === 'en' ? ERROR_CODES_EN[code] : ERROR_CODES[code];
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => {
    const value = slotValue(params, key, lang);
    return value === undefined ? slot : String(value);
  });
}

/** Parameters safe to put in a message: typed text shortened and stripped of control characters. */
export function messageParams(params: MessageParams = {}): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? excerpt(v) : v]),
  );
}

/** What validators hand out on failure: a code, its Chinese message, and the message's parameters. */
export interface CodedProblem {
  code: ErrorCode;
  message: string;
  params?: MessageParams;
}

/** A code with its filled Chinese message, and the parameters to render it in another language. */
export function problem(code: ErrorCode, params?: MessageParams): CodedProblem {
  const safe = messageParams(params);
  return Object.keys(safe).length === 0
    ? { code, message: formatErrorMessage(code) }
    : { code, message: formatErrorMessage(code, safe), params: safe };
}
