import { ARCHIVE_FIELDS, maskIdNumber, maskMobile } from '@bangfu/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { printedFields, starred } from '../src/print/archive-form-layout.js';
import { ArchiveFormSheet, type PaperArchive } from '../src/print/ArchiveFormSheet.js';
import { ContactCardSheet, type PaperContactCard } from '../src/print/ContactCardSheet.js';
import {
  contactLine,
  objectionContacts,
  periodProblem,
  thisMonth,
} from '../src/print/notice-list.js';
import { paperDate, paperValue } from '../src/print/paper-values.js';
import { PublicNoticeSheet, type PaperNoticeList } from '../src/print/PublicNoticeSheet.js';
import { contactWithMobile, revealTargetsOf, withRevealed } from '../src/print/reveal.js';

/** Visible text of rendered markup, tags dropped, for "does the paper say this". */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const ARCHIVE: PaperArchive = {
  id: 'a1',
  number: '410105-2026-000001',
  status: 'ESTABLISHED',
  version: 3,
  updatedAt: '2026-05-01T08:00:00.000Z',
  union: { id: 'u1', name: '金水区文化路街道总工会' },
  hardshipCategory: 'DEEP',
  name: '张国强',
  ethnicity: '01',
  sex: '1',
  politicalStatus: '13',
  idNumber: maskIdNumber('410105197003150012'),
  birthDate: '1970-03-15',
  health: 'DISABLED',
  disabilityCategory: '4',
  disabilityGrade: '3',
  workStatus: 'LAID_OFF',
  modelWorkerType: 'NONE',
  housingType: 'EMPLOYER_PUBLIC_RENTAL',
  floorArea: 42.5,
  mobile: maskMobile('13812345678'),
  otherContact: null,
  postalCode: '450000',
  workStartDate: '1990-07-01',
  industry: 'C',
  maritalStatus: 'MARRIED',
  hukouType: 'NON_AGRICULTURAL',
  address: '郑州市金水区文化路1号',
  employer: '郑州市第二纺织厂',
  employerType: null,
  enterpriseStatus: null,
  singleParent: false,
  monthlyIncomeFen: 150_000,
  otherAnnualIncomeFen: 0,
  householdAnnualIncomeFen: 3_000_000,
  householdSize: 4,
  monthlyIncomePerMemberFen: 62_500,
  hukouRegionCode: '410105',
  medicalInsurance: 'EMPLOYEE_BASIC',
  seriousIllnessInsurance: true,
  medicalMutualAid: null,
  canSelfHelp: true,
  zeroEmployment: false,
  members: [
    {
      position: 0,
      name: '李芳',
      relation: 'SPOUSE',
      sex: '2',
      politicalStatus: null,
      idNumber: maskIdNumber('410105197205060028'),
      birthDate: '1972-05-06',
      health: null,
      monthlyIncomeFen: 80_000,
      memberStatus: null,
      medicalInsurance: null,
      employerOrSchool: null,
    },
  ],
  primaryCause: 'SERIOUS_ILLNESS',
  secondaryCauses: ['LAID_OFF', 'CHILDREN_SCHOOLING'],
  bankName: null,
  bankBranch: null,
  bankCardNumber: null,
  attachments: [],
  determination: {
    isTarget: true,
    decidedOn: '2016-10-07',
    keyGroups: ['EXPENDITURE_HARDSHIP', 'OTHER'],
    keyGroupOther: '长期患病',
    measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID'],
    measureOther: null,
    actionPlans: ['MEDICAL_MUTUAL_AID', 'GOLDEN_AUTUMN_EDUCATION'],
    actionPlanOther: null,
  },
  remarks: null,
  workerSignedOn: '2016-10-10',
  applicationOn: '2016-09-20',
  applicationChannel: 'WRITTEN_APPLICATION',
  plan: { workerSignedOn: '2016-10-12', signatureWitness: '陈朋' },
  archivist: '王敏',
  reviewer: '赵强',
  assistanceUnit: '文化路街道办事处',
  assistancePerson: '陈朋',
  enteredBy: null,
};

describe('the archive form on paper (困难职工档案表)', () => {
  it('prints every field of the form somewhere, each once', () => {
    const printed = printedFields();
    expect([...printed].sort()).toEqual(Object.keys(ARCHIVE_FIELDS).sort());
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('labels fields with the seed’s wording and its * marks', () => {
    expect(starred('name')).toBe('*姓名');
    expect(starred('floorArea')).toBe('建筑面积');
    expect(starred('householdAnnualIncomeFen')).toBe('*家庭年度总收入');
  });

  it('writes values as people read them: labels, yuan, 是/否, dates with 年月日', () => {
    expect(paperValue(ARCHIVE_FIELDS.monthlyIncomeFen, 150_000, {})).toBe('¥1,500.00');
    expect(paperValue(ARCHIVE_FIELDS.singleParent, false, {})).toBe('否');
    expect(paperValue(ARCHIVE_FIELDS.workerSignedOn, '2016-10-10', {})).toBe('2016 年 10 月 10 日');
    expect(paperValue(ARCHIVE_FIELDS.primaryCause, 'SERIOUS_ILLNESS', {})).toBe('6.患重特大疾病');
    expect(paperValue(ARCHIVE_FIELDS.floorArea, 42.5, {})).toBe('42.5 m²');
    // Live dictionary labels win over the shipped defaults; unknown codes print as themselves.
    expect(
      paperValue(ARCHIVE_FIELDS.housingType, 'DORM', {
        housingType: [{ code: 'DORM', label: '单位宿舍' }],
      }),
    ).toBe('单位宿舍');
    expect(paperValue(ARCHIVE_FIELDS.housingType, 'NOPE', {})).toBe('NOPE');
    expect(paperDate(null)).toBe('');
  });

  it('has the ten causes with the primary and secondary ones ticked, and the three lists ticked', () => {
    const text = textOf(
      renderToStaticMarkup(createElement(ArchiveFormSheet, { archive: ARCHIVE, labels: {} })),
    );
    expect(text).toContain('☑ 6.患重特大疾病（主要）');
    expect(text).toContain('☑ 3.下岗失业（次要）');
    expect(text).toContain('☑ 9.子女上学（次要）');
    expect(text).toContain('☐ 1.无劳动能力');
    expect(text).toContain('☐ 10.其他');
    expect(text).toContain('主要致困原因（限选一项）： 6.患重特大疾病');
    expect(text).toContain('（ ☑是 ☐否 ）（确定时间：2016 年 10 月 07 日 ）');
    expect(text).toContain('☑ 3.支出性生活困难');
    expect(text).toContain('☑ 6.其他（注明）：长期患病');
    expect(text).toContain('☑ 4.职工医疗互助计划');
    expect(text).toContain('☐ 1.技能培训促就业计划');
    expect(text).toContain('注：填表要求与工会帮扶工作管理系统填表要求一致。');
  });

  it('keeps seed cells to seed fields and puts the rest in 补充信息 below the form', () => {
    const html = renderToStaticMarkup(
      createElement(ArchiveFormSheet, { archive: ARCHIVE, labels: {} }),
    );
    const cell = (field: string) =>
      textOf(new RegExp(`<td data-field="${field}"[^>]*>([\\s\\S]*?)</td>`).exec(html)![1]!).trim();
    expect(cell('disabilityCategory')).toBe('肢体残疾');
    expect(cell('medicalInsurance')).toBe('职工基本医疗保险');
    // The seed's cells are labelled with the seed's words only; what it lacks has no cell there.
    const [form, supplement] = html.split('<section class="paper-supplement"');
    const labels = [...form!.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    for (const label of [
      '残疾等级',
      '大病保险',
      '职工医疗互助',
      '申请日期',
      '申请方式',
      '签字见证人',
    ])
      expect(labels).not.toContain(label);
    expect(form).not.toContain('：是'); // no "大病保险：是" squeezed into 医保状况
    expect(form).not.toMatch(
      /data-field="(disabilityGrade|seriousIllnessInsurance|medicalMutualAid)"/,
    );
    const extra = textOf(supplement!);
    expect(extra).toContain('补充信息');
    expect(extra).toContain('残疾等级 三级');
    expect(extra).toContain('大病保险 是');
    expect(extra).toMatch(/职工医疗互助 +申请日期 2016 年 09 月 20 日/);
    expect(extra).toContain('申请方式 本人书面申请');
    expect(extra).toContain('签字见证人 陈朋');
    // The band comes after the seed's closing note, below the form.
    expect(html.indexOf('注：填表要求')).toBeLessThan(html.indexOf('paper-supplement'));
  });

  it('leaves the 职工签字 box empty for ink, with the plan’s signing date beside it', () => {
    const html = renderToStaticMarkup(
      createElement(ArchiveFormSheet, { archive: ARCHIVE, labels: {} }),
    );
    expect(html).toContain('<span class="paper-ink" aria-label="职工签字处"></span>');
    const signature = /<td data-field="workerSignedOn"[^>]*>([\s\S]*?)<\/td>/.exec(html)![1]!;
    expect(textOf(signature).trim()).toBe('签字日期：2016 年 10 月 12 日');
    const unsigned = renderToStaticMarkup(
      createElement(ArchiveFormSheet, {
        archive: { ...ARCHIVE, workerSignedOn: null, plan: null },
        labels: {},
      }),
    );
    const empty = /<td data-field="workerSignedOn"[^>]*>([\s\S]*?)<\/td>/.exec(unsigned)![1]!;
    expect(textOf(empty).trim()).toBe('');
    expect(empty).toContain('paper-ink');
  });

  it('keeps four household rows when the household is smaller, as the seed prints', () => {
    const html = renderToStaticMarkup(
      createElement(ArchiveFormSheet, { archive: ARCHIVE, labels: {} }),
    );
    const members = /<table aria-label="家庭主要成员"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1]!;
    expect(members.match(/<tr>/g)).toHaveLength(1 + 4);
    expect(textOf(members)).toContain('李芳');
  });
});

describe('sensitive numbers on paper', () => {
  it('prints masked values unless revealed, member rows included', () => {
    expect(revealTargetsOf(ARCHIVE)).toEqual([
      { field: 'idNumber' },
      { field: 'mobile' },
      { field: 'idNumber', memberPosition: 0 },
    ]);
    const masked = textOf(
      renderToStaticMarkup(createElement(ArchiveFormSheet, { archive: ARCHIVE, labels: {} })),
    );
    expect(masked).toContain('410105********0012');
    expect(masked).not.toContain('410105197003150012');
    const shown = withRevealed(ARCHIVE, {
      idNumber: '410105197003150012',
      'members.0.idNumber': '410105197205060028',
    });
    const text = textOf(
      renderToStaticMarkup(createElement(ArchiveFormSheet, { archive: shown, labels: {} })),
    );
    expect(text).toContain('410105197003150012');
    expect(text).toContain('410105197205060028');
    expect(text).toContain('138****5678');
  });

  it('puts a revealed mobile into the card’s 联系方式', () => {
    expect(contactWithMobile('138****5678；微信 zgq', '13812345678')).toBe('13812345678；微信 zgq');
    expect(contactWithMobile('138****5678', undefined)).toBe('138****5678');
    expect(contactWithMobile(null, '13812345678')).toBe('');
  });
});

const option = (no: number, code: string, label: string, chosen: boolean) => ({
  no,
  code,
  label,
  chosen,
});

const CARD: PaperContactCard = {
  issuedOn: '2026-08-20',
  personInChargeCopy: {
    number: '410104-2026-000002',
    name: '文冬冬',
    sex: '男',
    birthMonth: '1991 年 03 月',
    address: '郑州市管城回族区紫荆山南路188号',
    employer: null,
    householdSummary: '共 3 人：配偶 王晓娜，儿子 文家乐',
    causes: '主要：未参加社会保险；次要：下岗失业',
    hardshipCategory: '相对困难',
    deadline: '2027 年 06 月底前实现解困脱困',
    contact: '181****7628',
    assistanceUnit: '紫荆山南路街道办事处',
    assistancePerson: '陈朋',
  },
  workerCopy: {
    name: '文冬冬',
    sex: '男',
    birthMonth: '1991 年 03 月',
    assistanceUnit: '紫荆山南路街道办事处',
    assistancePerson: '陈朋',
    post: '副主任',
    phone: '18743222294',
    liaisonName: '侯彬',
    liaisonPost: '工会干事',
    liaisonPhone: '13081402562',
    measures: [
      option(1, 'EMPLOYMENT_AND_ENTREPRENEURSHIP', '就业创业发展', true),
      option(2, 'SOCIAL_INSURANCE_COVERAGE', '纳入社保制度覆盖', false),
      option(5, 'OTHER', '其他（注明）', true),
    ],
    measureOther: '申请临时救助',
    actionPlans: [
      option(2, 'ENTREPRENEURSHIP_AID', '创业援助计划', true),
      option(8, 'OTHER', '其他（注明）', false),
    ],
    actionPlanOther: null,
    remarks: null,
  },
};

describe('the contact card on paper (联系卡)', () => {
  it('prints both copies with the seed’s cells, the deadline line and ticked options', () => {
    const html = renderToStaticMarkup(createElement(ContactCardSheet, { card: CARD }));
    const text = textOf(html);
    expect(text).toContain('困难职工解困脱困联系卡（帮扶责任人存）');
    expect(text).toContain('困难职工解困脱困联系卡（困难职工存）');
    expect(text).toContain('帮扶任务完成时限 2027 年 06 月底前实现解困脱困');
    expect(text).toContain('困难职工所属工会联络人姓名 侯彬 职务 工会干事 联系方式 13081402562');
    expect(text).toContain('☑ 1.就业创业发展');
    expect(text).toContain('☐ 2.纳入社保制度覆盖');
    expect(text).toContain('☑ 5.其他（注明）：申请临时救助');
    expect(text).toContain('☐ 8.其他（注明）');
    expect(text).toContain('发卡日期：2026 年 08 月 20 日');
    expect(html.match(/<section/g)).toHaveLength(2);
  });
});

type Contact = PaperNoticeList['entries'][number]['objectionsTo'];

describe('the public notice list (公示名单)', () => {
  const contact: Contact = {
    unionName: '文化路街道总工会',
    address: '文化路1号',
    liaisonName: '王敏',
    liaisonPost: '干事',
    liaisonPhone: '0371-1234',
  };
  const entry = (id: string, name: string, objectionsTo: Contact = contact) => ({
    archiveId: id,
    name,
    unionName: objectionsTo.unionName,
    hardshipCategoryLabel: '深度困难',
    primaryCauseLabel: '患重特大疾病',
    noticeStartsOn: '2026-11-02',
    noticeEndsOn: '2026-11-08',
    objectionsTo,
  });

  it('names each union that takes objections once, with its address and liaison', () => {
    const other = { ...contact, unionName: '黄河路街道总工会', address: null, liaisonPhone: null };
    const contacts = objectionContacts([
      entry('1', '张*强'),
      entry('2', '李*', other),
      entry('3', '王*芳'),
    ]);
    expect(contacts.map((c) => c.unionName)).toEqual(['文化路街道总工会', '黄河路街道总工会']);
    expect(contactLine(contacts[0]!)).toBe(
      '文化路街道总工会（地址：文化路1号；联系人：王敏（干事）；电话：0371-1234）',
    );
    expect(contactLine({ unionName: '某工会' })).toBe('某工会');
  });

  it('shows the masked names and no other personal data', () => {
    const list = {
      __typename: 'PublicNoticeList' as const,
      unionName: '文化路街道总工会',
      from: '2026-11-01',
      to: '2026-11-30',
      entries: [entry('1', '张*强')],
    };
    const text = textOf(renderToStaticMarkup(createElement(PublicNoticeSheet, { list })));
    expect(text).toContain('张*强');
    expect(text).toContain('2026-11-02 至 2026-11-08');
    expect(text).toContain('联系人：王敏');
  });

  it('starts on this month and refuses a period that ends before it starts', () => {
    expect(thisMonth('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(thisMonth('2028-02-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodProblem({ from: '2026-11-10', to: '2026-11-01' })).toBe(
      '期间结束日期不能早于开始日期。',
    );
    expect(periodProblem({ from: '2026-11-01', to: '2026-11-01' })).toBeNull();
  });
});
