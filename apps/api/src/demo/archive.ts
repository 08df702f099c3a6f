/**
 * Demo archives (困难职工档案表): a worker in difficulty, the household, the causes, and the
 * workflow the archive went through. Each archive comes from its own random stream (seed and
 * index), so archive n is the same however many are generated.
 */
import {
  DEFAULT_DICTIONARIES,
  HEALTH_DISABLED,
  SEX_CODES,
  type HardshipCause,
} from '@bangfu/domain';
import { codeTable, pickCode, requireCode } from './codes.js';
import { IdNumberRegistry, issueIdNumber } from './id-numbers.js';
import {
  bankAccount,
  employerFromName,
  employerIn,
  homeAddress,
  isStreetOffice,
  landline,
  mobileNumber,
  personName,
  roadsOf,
  schoolName,
  surname,
  townshipsOf,
  type Employer,
  type PersonSex,
  type SchoolStage,
} from './names.js';
import { addDays, createRandom, type Random, type Seed } from './random.js';
import {
  COUNTIES,
  TOWNSHIPS,
  cityByCode,
  contactCodesOf,
  countyByCode,
  type County,
} from './regions.js';
import type { DemoArchive, DemoArchiveInput, DemoMember, DemoUnion } from './types.js';
import { archiveWorkflow, pickTimeline, type Timeline } from './workflow.js';

// Codes the rules below reason about; each is checked against the dictionary at load time.
const WORK = {
  ON_DUTY: requireCode('workStatus', 'ON_DUTY'),
  LAID_OFF: requireCode('workStatus', 'LAID_OFF'),
  UNEMPLOYED: requireCode('workStatus', 'UNEMPLOYED'),
  RETIRED: requireCode('workStatus', 'RETIRED'),
  SICK_LEAVE: requireCode('workStatus', 'SICK_LEAVE'),
  EARLY_RETIRED: requireCode('workStatus', 'EARLY_RETIRED'),
  MIGRANT_WORKER: requireCode('workStatus', 'MIGRANT_WORKER'),
} as const;
type WorkStatus = keyof typeof WORK;

const MARITAL = {
  UNMARRIED: requireCode('maritalStatus', 'UNMARRIED'),
  MARRIED: requireCode('maritalStatus', 'MARRIED'),
  DIVORCED: requireCode('maritalStatus', 'DIVORCED'),
  WIDOWED: requireCode('maritalStatus', 'WIDOWED'),
} as const;

const RELATION = {
  SPOUSE: requireCode('relation', 'SPOUSE'),
  FATHER: requireCode('relation', 'FATHER'),
  MOTHER: requireCode('relation', 'MOTHER'),
  SON: requireCode('relation', 'SON'),
  DAUGHTER: requireCode('relation', 'DAUGHTER'),
} as const;

const MEMBER_STATUS: Readonly<Record<string, string>> = Object.fromEntries(
  ['ON_DUTY', 'LAID_OFF', 'UNEMPLOYED', 'RETIRED', 'EARLY_RETIRED', 'MIGRANT_WORKER', 'PRESCHOOL',
    'PRIMARY_SCHOOL', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'UNIVERSITY', 'POSTGRADUATE']
    .map((c) => [c, requireCode('memberStatus', c)]),
);

const INSURANCE = {
  EMPLOYEE_BASIC: requireCode('medicalInsurance', 'EMPLOYEE_BASIC'),
  RESIDENT_BASIC: requireCode('medicalInsurance', 'RESIDENT_BASIC'),
  PUBLIC: requireCode('medicalInsurance', 'PUBLIC'),
  UNINSURED: requireCode('medicalInsurance', 'UNINSURED'),
} as const;

const HEALTH_GOOD = requireCode('health', 'GOOD');
const HAN = requireCode('ethnicity', '01');
const HUI = requireCode('ethnicity', '03');
const MASSES = requireCode('politicalStatus', '13');
const PARTY_MEMBER = requireCode('politicalStatus', '01');
const LEAGUE_MEMBER = requireCode('politicalStatus', '03');
const HOUSING_SELF_BUILT = requireCode('housingType', 'SELF_BUILT');
const HOUSING_NONE = requireCode('housingType', 'NONE');
const LIMB_DISABILITY = requireCode('disabilityCategory', '4');

const OWNERSHIP_TYPE: Readonly<Record<Employer['ownership'], string>> = {
  STATE: requireCode('employerType', 'STATE_OWNED'),
  COLLECTIVE: requireCode('employerType', 'COLLECTIVE'),
  PRIVATE: requireCode('employerType', 'PRIVATE'),
  PUBLIC_INSTITUTION: requireCode('employerType', 'GOVERNMENT_INSTITUTION'),
};

const T = {
  ethnicityMinor: codeTable('ethnicity', { '03': 60, '11': 15, '02': 10, '06': 3, '08': 3, '15': 3 }),
  politicalStatus: codeTable('politicalStatus', { '13': 82, '01': 13, '02': 0.6, '12': 0.5 }, 0.04),
  modelWorker: codeTable('modelWorkerType', { NONE: 985, PREFECTURAL: 8, PROVINCIAL: 3, NATIONAL: 0.5, OTHER: 3.5 }),
  healthEveryday: codeTable('health', { GOOD: 60, GENERAL_ILLNESS: 20, HYPERTENSION: 7, DIABETES: 4, SPINAL_DISEASE: 6, DISABLED: 3 }),
  healthSerious: codeTable('health', {
    MALIGNANT_TUMOR: 25, CARDIOVASCULAR: 12, CEREBROVASCULAR: 12, END_STAGE_RENAL: 10, MENTAL_ILLNESS: 5,
    LIVER_DISEASE: 6, BLOOD_DISEASE: 4, DIABETES: 8, LUNG_DISEASE: 5, SPINAL_DISEASE: 3, PERMANENT_PARALYSIS: 3,
    SEVERE_PARKINSONS: 1, SEVERE_MOTOR_NEURON: 0.5,
  }),
  healthChildIll: codeTable('health', { BLOOD_DISEASE: 30, MALIGNANT_TUMOR: 15, END_STAGE_RENAL: 10, MENTAL_ILLNESS: 10, DISABLED: 20, CARDIOVASCULAR: 5 }),
  healthElderly: codeTable('health', {
    GOOD: 22, GENERAL_ILLNESS: 20, HYPERTENSION: 18, DIABETES: 10, CEREBROVASCULAR: 8, CARDIOVASCULAR: 8,
    LUNG_DISEASE: 5, SEVERE_ALZHEIMERS: 2, PERMANENT_PARALYSIS: 2, DISABLED: 3,
  }),
  healthChild: codeTable('health', { GOOD: 92, GENERAL_ILLNESS: 6, DISABLED: 2 }),
  disabilityCategory: codeTable('disabilityCategory', { '4': 45, '1': 12, '2': 12, '3': 4, '5': 8, '6': 9, '7': 5 }),
  disabilityGrade: codeTable('disabilityGrade', { '1': 10, '2': 25, '3': 30, '4': 35 }),
  housingUrban: codeTable('housingType', {
    COMMERCIAL: 12, EMPLOYER_PUBLIC_RENTAL: 14, AFFORDABLE: 9, GOVERNMENT_RENTAL: 12, RENTED: 30,
    NONE: 3, PRICE_CAPPED: 2, OTHER: 6,
  }),
  enterpriseNormal: codeTable('enterpriseStatus', { NORMAL: 55, LOSS_MAKING: 20, RESTRUCTURED: 12, SUSPENDED: 8, CLOSED_BANKRUPT: 5 }),
  enterpriseTroubled: codeTable('enterpriseStatus', { SUSPENDED: 35, CLOSED_BANKRUPT: 25, LOSS_MAKING: 25, RESTRUCTURED: 15 }),
};

/** Floor area in m² by housing type: [min, max]. */
const FLOOR_AREA: Readonly<Record<string, readonly [number, number]>> = {
  SELF_BUILT: [80, 180],
  COMMERCIAL: [50, 100],
  AFFORDABLE: [50, 90],
  PRICE_CAPPED: [60, 90],
  EMPLOYER_PUBLIC_RENTAL: [25, 60],
  GOVERNMENT_RENTAL: [30, 50],
  RENTED: [15, 60],
  OTHER: [20, 80],
};

/** Own monthly income in yuan by work status: workers in difficulty earn 1,000–3,500 yuan. */
const INCOME_YUAN: Readonly<Record<WorkStatus, readonly [number, number]>> = {
  ON_DUTY: [1600, 3500],
  MIGRANT_WORKER: [2000, 3500],
  LAID_OFF: [1000, 1400],
  UNEMPLOYED: [1000, 1500],
  RETIRED: [1800, 3200],
  SICK_LEAVE: [1000, 1800],
  EARLY_RETIRED: [1200, 2200],
};

const SERIOUS = new Set(['MALIGNANT_TUMOR', 'CARDIOVASCULAR', 'CEREBROVASCULAR', 'END_STAGE_RENAL',
  'MENTAL_ILLNESS', 'LIVER_DISEASE', 'BLOOD_DISEASE', 'PERMANENT_PARALYSIS', 'SEVERE_PARKINSONS',
  'SEVERE_MOTOR_NEURON', 'SEVERE_ALZHEIMERS', 'DEEP_COMA']);

/** How people name illnesses in remarks. */
const ILLNESS_WORDS: Readonly<Record<string, readonly string[]>> = {
  MALIGNANT_TUMOR: ['肺癌', '胃癌', '乳腺癌', '肝癌', '食道癌', '结肠癌'],
  END_STAGE_RENAL: ['尿毒症'],
  BLOOD_DISEASE: ['白血病', '再生障碍性贫血'],
  CEREBROVASCULAR: ['脑梗塞', '脑出血'],
  CARDIOVASCULAR: ['冠心病', '心脏病'],
  LIVER_DISEASE: ['肝硬化'],
  MENTAL_ILLNESS: ['精神分裂症'],
  LUNG_DISEASE: ['慢阻肺', '尘肺病'],
};

// ---------------------------------------------------------------------------------------------

/** Where a grassroots union's workers live and work. */
interface UnionArea {
  union: DemoUnion;
  cityCode: string;
  /** The county the union sits in; undefined for a 市直 union (any district of the city). */
  county?: County;
  township?: string;
  community?: string;
  employer?: Employer;
  /** The union that approves (审批) its archives, and the one that spot-checks them. */
  approverKey: string;
  checkerKey: string;
  weight: number;
}

interface RunContext {
  seed: Seed;
  registry: IdNumberRegistry;
  areas: UnionArea[];
  weights: number[];
  unions: Map<string, DemoUnion>;
  staff: Map<string, string[]>;
  enterpriseStatus: Map<string, string>;
}

/**
 * Archives for the grassroots unions in `unions` (as demoUnions returns them), one at a time:
 * a million can be streamed without holding them. Worker and member ID numbers are unique across
 * the whole run.
 */
export function* demoArchives(
  seed: Seed,
  count: number,
  unions: readonly DemoUnion[],
): Generator<DemoArchive, void, undefined> {
  const ctx = createContext(seed, unions);
  for (let index = 0; index < count; index++) yield makeArchive(ctx, index);
}

function createContext(seed: Seed, unions: readonly DemoUnion[]): RunContext {
  const byKey = new Map(unions.map((u) => [u.key, u]));
  const areas = unions.filter((u) => u.level === 'GRASSROOTS').map((u) => areaOf(u, byKey));
  if (areas.length === 0) throw new Error('demoArchives needs at least one grassroots union');
  return {
    seed,
    registry: new IdNumberRegistry(),
    areas,
    weights: areas.map((a) => a.weight),
    unions: byKey,
    staff: new Map(),
    enterpriseStatus: new Map(),
  };
}

function areaOf(union: DemoUnion, unions: Map<string, DemoUnion>): UnionArea {
  const county = countyByCode(union.regionCode);
  const cityCode = county?.cityCode ?? union.regionCode;
  let checker = union;
  while (checker.parentKey && checker.level !== 'CITY' && checker.level !== 'DIRECT_COUNTY') {
    checker = unions.get(checker.parentKey) ?? checker;
    if (!checker.parentKey) break;
  }
  const base = {
    union,
    cityCode,
    approverKey: union.parentKey ?? union.key,
    checkerKey: checker.key,
    ...(county ? { county } : {}),
  };
  // A union's size, fixed by its key: street unions cover more workers than most workplaces.
  const size = 1 + (createRandom('size', union.key).int(0, 4));
  const place = county ? union.name.slice(county.name.length) : '';
  switch (union.kind) {
    case 'TOWNSHIP_STREET':
      return { ...base, township: place.replace(/总工会$/, ''), weight: 4 + size };
    case 'COMMUNITY':
      return { ...base, community: place.replace(/工会$/, ''), weight: 2 + size };
    default:
      return { ...base, employer: employerFromName(union.name.replace(/工会(委员会)?$/, '')), weight: 1 + size };
  }
}

/** The people of a union (chair, officers): the same names come back on its archives. */
function staffOf(ctx: RunContext, unionKey: string): string[] {
  let staff = ctx.staff.get(unionKey);
  if (!staff) {
    const rng = createRandom(ctx.seed, 'staff', unionKey);
    staff = Array.from({ length: 5 }, () => {
      const sex: PersonSex = rng.chance(0.55) ? 'F' : 'M';
      return personName(rng, sex, rng.int(1965, 1995));
    });
    ctx.staff.set(unionKey, staff);
  }
  return staff;
}

// ---------------------------------------------------------------------------------------------

interface Person {
  sex: PersonSex;
  birthDate: string;
  name: string;
}

const CAUSE_WEIGHTS: Readonly<Record<HardshipCause, number>> = {
  SERIOUS_ILLNESS: 30,
  LAID_OFF: 14,
  CHILDREN_SCHOOLING: 14,
  NO_WORK_CAPACITY: 7,
  ABLE_BUT_NOT_EMPLOYED: 6,
  ACCIDENT: 7,
  SOCIAL_INSURANCE_NOT_DELIVERED: 4,
  NO_SOCIAL_INSURANCE: 4,
  NATURAL_DISASTER: 2,
  OTHER: 5,
};

const SECONDARY_WEIGHTS: Readonly<Record<HardshipCause, number>> = {
  SERIOUS_ILLNESS: 20,
  CHILDREN_SCHOOLING: 18,
  LAID_OFF: 10,
  ABLE_BUT_NOT_EMPLOYED: 8,
  NO_SOCIAL_INSURANCE: 4,
  SOCIAL_INSURANCE_NOT_DELIVERED: 4,
  NO_WORK_CAPACITY: 5,
  ACCIDENT: 4,
  NATURAL_DISASTER: 1,
  OTHER: 2,
};

const CAUSES = Object.keys(CAUSE_WEIGHTS) as HardshipCause[];

/** The 2021 "7·20" rainstorm flooded 郑州, 新乡, 鹤壁 and 焦作. */
const FLOOD_CITIES = new Set(['410100', '410700', '410600', '410800']);

function pickCauses(
  rng: Random,
  area: UnionArea,
  createdOn: string,
): { primary: HardshipCause; secondary: HardshipCause[] } {
  const enterprise = area.union.kind === 'ENTERPRISE';
  const flood = FLOOD_CITIES.has(area.cityCode) && createdOn >= '2021-07-20' && createdOn <= '2022-06-30';
  const weight = (c: HardshipCause, base: Readonly<Record<HardshipCause, number>>): number => {
    if (enterprise && (c === 'NO_SOCIAL_INSURANCE' || c === 'ABLE_BUT_NOT_EMPLOYED')) return 0;
    if (c === 'NATURAL_DISASTER' && flood) return 30;
    return base[c];
  };
  const primary = rng.weighted(CAUSES, CAUSES.map((c) => weight(c, CAUSE_WEIGHTS)));
  const count = rng.weighted([0, 1, 2, 3], [25, 40, 25, 10]);
  const secondary: HardshipCause[] = [];
  while (secondary.length < count) {
    const pool = CAUSES.filter((c) => c !== primary && !secondary.includes(c));
    secondary.push(rng.weighted(pool, pool.map((c) => weight(c, SECONDARY_WEIGHTS))));
  }
  return { primary, secondary };
}

function pickWorkStatus(rng: Random, area: UnionArea, causes: readonly HardshipCause[]): WorkStatus {
  const enterprise = area.union.kind === 'ENTERPRISE';
  const primary = causes[0];
  if (primary === 'LAID_OFF') return enterprise || rng.chance(0.6) ? 'LAID_OFF' : 'UNEMPLOYED';
  if (primary === 'ABLE_BUT_NOT_EMPLOYED') return 'UNEMPLOYED';
  if (primary === 'NO_SOCIAL_INSURANCE') return rng.chance(0.6) ? 'MIGRANT_WORKER' : 'UNEMPLOYED';
  if (primary === 'NO_WORK_CAPACITY') {
    return rng.weightedPairs<WorkStatus>([['SICK_LEAVE', 4], ['EARLY_RETIRED', 3], ['UNEMPLOYED', enterprise ? 0 : 3]]);
  }
  return rng.weightedPairs<WorkStatus>(
    enterprise
      ? [['ON_DUTY', 60], ['SICK_LEAVE', 10], ['LAID_OFF', 12], ['EARLY_RETIRED', 8], ['RETIRED', 6], ['MIGRANT_WORKER', 4]]
      : [['ON_DUTY', 30], ['LAID_OFF', 12], ['UNEMPLOYED', 18], ['RETIRED', 8], ['SICK_LEAVE', 6], ['EARLY_RETIRED', 6], ['MIGRANT_WORKER', 20]],
  );
}

/** Age range for a work status (women retire at 50, men at 60). */
function ageRange(status: WorkStatus, sex: PersonSex): readonly [number, number] {
  switch (status) {
    case 'RETIRED':
      return sex === 'M' ? [60, 68] : [50, 62];
    case 'EARLY_RETIRED':
      return sex === 'M' ? [50, 59] : [45, 49];
    case 'LAID_OFF':
      return [35, 56];
    case 'MIGRANT_WORKER':
      return [22, 58];
    case 'SICK_LEAVE':
      return [30, 58];
    default:
      return [24, 58];
  }
}

/** A birth date making someone `min`–`max` years old on `on`, most often in the middle. */
function birthDateForAge(rng: Random, on: string, min: number, max: number): string {
  const age = Math.round((rng.int(min, max) + rng.int(min, max)) / 2);
  const latest = addYears(on, -age);
  return addDays(latest, -rng.int(0, 364));
}

function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4);
  return rest === '-02-29' ? `${y}-03-01` : `${y}${rest}`;
}

function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

const sexCode = (sex: PersonSex): string => (sex === 'M' ? SEX_CODES.MALE : SEX_CODES.FEMALE);

function yuanToFen(rng: Random, min: number, max: number): number {
  return rng.int(min / 10, max / 10) * 1000;
}

// ---------------------------------------------------------------------------------------------

function makeArchive(ctx: RunContext, index: number): DemoArchive {
  const rng = createRandom(ctx.seed, 'archive', index);
  const area = rng.weighted(ctx.areas, ctx.weights);
  const timeline: Timeline = pickTimeline(rng);
  const on = timeline.createdOn;

  const county = area.county ?? rng.pick(districtsWithTownships(area.cityCode));
  const { primary, secondary } = pickCauses(rng, area, on);
  const causes = [primary, ...secondary];
  const workStatus = pickWorkStatus(rng, area, causes);

  // Who is ill, if illness is a cause: the worker or someone in the household.
  const illness = causes.includes('SERIOUS_ILLNESS') || causes.includes('NO_WORK_CAPACITY');
  const ill: 'SELF' | 'SPOUSE' | 'CHILD' | 'PARENT' | undefined =
    primary === 'NO_WORK_CAPACITY'
      ? 'SELF'
      : illness
        ? rng.weightedPairs([['SELF', 45], ['SPOUSE', 30], ['CHILD', 12], ['PARENT', 13]] as const)
        : undefined;
  const needStudent = causes.includes('CHILDREN_SCHOOLING');

  const sex: PersonSex = rng.chance(area.union.kind === 'ENTERPRISE' ? 0.5 : 0.55) ? 'M' : 'F';
  let [minAge, maxAge] = ageRange(workStatus, sex);
  if (needStudent || ill === 'CHILD') minAge = Math.max(minAge, 38);
  if (ill === 'PARENT') maxAge = Math.min(maxAge, 62);
  if (minAge > maxAge) minAge = maxAge;
  const birthDate = birthDateForAge(rng, on, minAge, maxAge);
  const age = ageOn(birthDate, on);

  const huiArea = /回族区$/.test(county.name);
  const ethnicity = rng.chance(huiArea ? 0.25 : 0.02) ? pickCode(rng, T.ethnicityMinor) : HAN;
  const hui = ethnicity === HUI;
  const worker: Person = { sex, birthDate, name: personName(rng, sex, Number(birthDate.slice(0, 4)), { hui }) };

  // Hukou and ID: mostly where the union is; migrant workers come from rural counties.
  const migrant = workStatus === 'MIGRANT_WORKER';
  const hukouRegionCode = migrant && rng.chance(0.6) ? rng.pick(RURAL_COUNTIES).code
    : rng.chance(0.85) ? county.code : rng.pick(countiesOfCity(county.cityCode)).code;
  const idRegion = rng.chance(0.85) ? hukouRegionCode : rng.pick(countiesOfCity(county.cityCode)).code;
  const idNumber = issueIdNumber(rng, ctx.registry, idRegion, birthDate, sex === 'M');

  // Household.
  const household = makeHousehold(ctx, rng, {
    worker, on, county, hukouRegionCode, hui, ill, needStudent, workStatus,
  });
  const members = household.members;

  // Health: the worker is the one who is ill unless someone in the household could be.
  const selfIll = ill === 'SELF' || (ill !== undefined && household.illMember === undefined);
  let health = pickCode(rng, T.healthEveryday);
  if (selfIll) health = primary === 'NO_WORK_CAPACITY' && rng.chance(0.5) ? HEALTH_DISABLED : pickCode(rng, T.healthSerious);
  else if (primary === 'ACCIDENT' && rng.chance(0.5)) health = HEALTH_DISABLED;
  const disabled = health === HEALTH_DISABLED;
  const disabilityCategory = disabled ? (primary === 'ACCIDENT' ? LIMB_DISABILITY : pickCode(rng, T.disabilityCategory)) : undefined;
  const disabilityGrade = disabled ? pickCode(rng, T.disabilityGrade) : undefined;

  // Employer and income.
  const job = employerOf(ctx, rng, area, county, workStatus);
  const [minYuan, maxYuan] = INCOME_YUAN[workStatus];
  const lowPay = job.enterpriseStatus === 'LOSS_MAKING' || job.enterpriseStatus === 'SUSPENDED';
  const monthlyIncomeFen = yuanToFen(rng, minYuan, lowPay ? Math.max(minYuan, maxYuan - 1000) : maxYuan);
  const otherAnnualIncomeFen = rng.weightedPairs([[0, 60], [yuanToFen(rng, 1200, 9600), 25], [yuanToFen(rng, 2000, 8000), 15]] as const);
  const wages = members.reduce((sum, m) => sum + m.monthlyIncomeFen, monthlyIncomeFen);
  const householdAnnualIncomeFen = wages * 12 + otherAnnualIncomeFen;
  const householdSize = members.length + 1;
  const perMemberYuan = householdAnnualIncomeFen / 100 / 12 / householdSize;

  const employed = (s: string) => s === WORK.ON_DUTY || s === WORK.MIGRANT_WORKER;
  const zeroEmployment = !employed(WORK[workStatus]) && !members.some((m) => employed(m.memberStatus)) && age < 60;

  // Where they live.
  const township = area.township ?? (area.community ? rng.pick(streetOffices(county.code)) : undefined);
  let address = homeAddress(rng, county, township);
  const road = area.community?.replace(/社区$/, '');
  if (road && roadsOf(county.code).includes(road)) address = address.replace(/(街道)[^\d]+?(\d+号院)/, `$1${road}$2`);
  const rural = /村\d+组/.test(address);
  const housingType = rural ? HOUSING_SELF_BUILT : pickCode(rng, T.housingUrban);
  const area2 = FLOOR_AREA[housingType];
  const floorArea = housingType === HOUSING_NONE || !area2 ? undefined : rng.int(area2[0] * 10, area2[1] * 10) / 10;
  const hukouType = requireCode('hukouType', migrant || rural
    ? rng.chance(0.75) ? 'AGRICULTURAL' : 'RURAL_TO_URBAN'
    : rng.weightedPairs([['NON_AGRICULTURAL', 80], ['RURAL_TO_URBAN', 12], ['AGRICULTURAL', 8]] as const));

  // Insurance.
  const medicalInsurance = workerInsurance(rng, workStatus, causes, job.ownership);
  const insured = medicalInsurance !== INSURANCE.UNINSURED;
  const medicalMutualAid = insured && rng.chance(area.union.kind === 'ENTERPRISE' ? 0.5 : 0.2);

  const contacts = contactOf(rng, county, members);
  const { postalCode } = contactCodesOf(county.code);
  const staff = staffOf(ctx, area.union.key);
  const assistance = assistanceOf(rng, area, county, township, staff);

  const input: DemoArchiveInput = {
    hardshipCategory: requireCode('hardshipCategory',
      primary === 'ACCIDENT' || primary === 'NATURAL_DISASTER' || (primary === 'SERIOUS_ILLNESS' && rng.chance(0.35))
        ? 'SUDDEN'
        : perMemberYuan < 700 ? 'DEEP' : 'RELATIVE'),
    name: worker.name,
    ethnicity,
    sex: sexCode(sex),
    politicalStatus: age < 28 && rng.chance(0.3) ? LEAGUE_MEMBER : pickCode(rng, T.politicalStatus),
    idNumber,
    birthDate,
    health,
    ...(disabilityCategory ? { disabilityCategory } : {}),
    ...(disabilityGrade ? { disabilityGrade } : {}),
    workStatus: WORK[workStatus],
    modelWorkerType: pickCode(rng, T.modelWorker),
    housingType,
    ...(floorArea !== undefined ? { floorArea } : {}),
    ...contacts,
    ...(rng.chance(0.85) ? { postalCode } : {}),
    workStartDate: workStart(rng, birthDate, on, workStatus),
    industry: job.industry,
    maritalStatus: household.maritalStatus,
    hukouType,
    address,
    ...(job.employer ? { employer: job.employer } : {}),
    ...(job.employerType ? { employerType: job.employerType } : {}),
    ...(job.enterpriseStatus ? { enterpriseStatus: job.enterpriseStatus } : {}),
    singleParent: household.singleParent,
    monthlyIncomeFen,
    otherAnnualIncomeFen,
    householdAnnualIncomeFen,
    householdSize,
    hukouRegionCode,
    medicalInsurance,
    seriousIllnessInsurance: insured && rng.chance(0.75),
    medicalMutualAid,
    canSelfHelp: !(primary === 'NO_WORK_CAPACITY' || SERIOUS.has(health) || (disabled && Number(disabilityGrade) <= 2)) && rng.chance(0.85),
    zeroEmployment,
    members,
    primaryCause: primary,
    secondaryCauses: secondary,
    ...bankAccount(rng, county),
    archivist: rng.pick(staff.slice(1, 4)),
    reviewer: rng.pick(staffOf(ctx, area.approverKey).slice(0, 3)),
    enteredBy: rng.pick(staff.slice(2, 5)),
    assistanceUnit: assistance.unit,
    assistancePerson: assistance.person.name,
  };
  const sick = selfIll ? { who: '本人', health } : household.illMember;
  const remarks = remarksOf(rng, primary, household, sick);
  if (remarks) input.remarks = remarks;

  return archiveWorkflow(rng, {
    unionKey: area.union.key,
    input,
    timeline,
    assistance,
    liaison: { name: staff[2]!, post: rng.pick(['工会干事', '工会委员', '工会专职干部']), phone: mobileNumber(rng) },
    checkers: staffOf(ctx, area.checkerKey).slice(0, 4),
    facts: {
      students: household.students,
      ill: ill !== undefined,
      unemployed: workStatus === 'UNEMPLOYED' || workStatus === 'LAID_OFF',
      migrant,
      troubledEnterprise: job.enterpriseStatus !== undefined && job.enterpriseStatus !== 'NORMAL',
      uninsured: !insured,
      perMemberYuan,
      deep: input.hardshipCategory === 'DEEP',
      disaster: causes.includes('NATURAL_DISASTER'),
      singleParent: household.singleParent,
      medicalMutualAid,
    },
  });
}

// ---------------------------------------------------------------------------------------------

const RURAL_COUNTIES: readonly County[] = COUNTIES.filter((c) => c.kind === 'COUNTY');

function countiesOfCity(cityCode: string): readonly County[] {
  return cityByCode(cityCode)?.counties ?? COUNTIES;
}

function districtsWithTownships(cityCode: string): readonly County[] {
  const counties = countiesOfCity(cityCode);
  const known = counties.filter((c) => TOWNSHIPS[c.code] !== undefined);
  return known.length > 0 ? known : counties;
}

const STREET_OFFICES = new Map<string, readonly string[]>();

function streetOffices(countyCode: string): readonly string[] {
  let streets = STREET_OFFICES.get(countyCode);
  if (!streets) {
    streets = townshipsOf(countyCode).filter(isStreetOffice);
    if (streets.length === 0) streets = townshipsOf(countyCode);
    STREET_OFFICES.set(countyCode, streets);
  }
  return streets;
}

function workStart(rng: Random, birthDate: string, on: string, status: WorkStatus): string {
  const start = addDays(addYears(birthDate, status === 'MIGRANT_WORKER' ? rng.int(17, 21) : rng.int(18, 23)), rng.int(0, 300));
  return start < on ? start : addDays(on, -rng.int(30, 365));
}

interface Job {
  employer?: string;
  employerType?: string;
  enterpriseStatus?: string;
  industry: string;
  ownership: Employer['ownership'];
}

function employerOf(ctx: RunContext, rng: Random, area: UnionArea, county: County, status: WorkStatus): Job {
  const troubled = status === 'LAID_OFF' || status === 'EARLY_RETIRED';
  if (area.employer) {
    // One enterprise, one status, whoever's archive it is.
    let enterpriseStatus = ctx.enterpriseStatus.get(area.union.key);
    if (enterpriseStatus === undefined) {
      enterpriseStatus = pickCode(createRandom(ctx.seed, 'enterprise', area.union.key), T.enterpriseNormal);
      ctx.enterpriseStatus.set(area.union.key, enterpriseStatus);
    }
    return withType(area.employer, area.employer.ownership === 'PUBLIC_INSTITUTION' ? undefined : enterpriseStatus);
  }
  const employer = employerIn(rng, { cityCode: area.cityCode, county }, { migrant: status === 'MIGRANT_WORKER' });
  if (status === 'UNEMPLOYED' && rng.chance(0.7)) {
    return { industry: employer.industry, ownership: employer.ownership };
  }
  const enterpriseStatus = employer.ownership === 'PUBLIC_INSTITUTION'
    ? undefined
    : status === 'MIGRANT_WORKER' ? requireCode('enterpriseStatus', 'NORMAL')
      : pickCode(rng, troubled || status === 'UNEMPLOYED' ? T.enterpriseTroubled : T.enterpriseNormal);
  return withType(employer, enterpriseStatus);
}

function withType(employer: Employer, enterpriseStatus: string | undefined): Job {
  return {
    employer: employer.name,
    employerType: OWNERSHIP_TYPE[employer.ownership],
    ...(enterpriseStatus ? { enterpriseStatus } : {}),
    industry: employer.industry,
    ownership: employer.ownership,
  };
}

function workerInsurance(rng: Random, status: WorkStatus, causes: readonly HardshipCause[], ownership: Employer['ownership']): string {
  if (causes.includes('NO_SOCIAL_INSURANCE')) {
    return rng.chance(0.5) ? INSURANCE.UNINSURED : INSURANCE.RESIDENT_BASIC;
  }
  if (status === 'UNEMPLOYED') {
    return rng.weightedPairs([[INSURANCE.RESIDENT_BASIC, 70], [INSURANCE.EMPLOYEE_BASIC, 25], [INSURANCE.UNINSURED, 5]]);
  }
  if (status === 'MIGRANT_WORKER') {
    return rng.weightedPairs([[INSURANCE.RESIDENT_BASIC, 60], [INSURANCE.EMPLOYEE_BASIC, 30], [INSURANCE.UNINSURED, 10]]);
  }
  if (ownership === 'PUBLIC_INSTITUTION' && rng.chance(0.1)) return INSURANCE.PUBLIC;
  return rng.weightedPairs([[INSURANCE.EMPLOYEE_BASIC, 90], [INSURANCE.RESIDENT_BASIC, 8], [INSURANCE.UNINSURED, 2]]);
}

function contactOf(rng: Random, county: County, members: readonly DemoMember[]): { mobile?: string; otherContact?: string } {
  const mobile = rng.chance(0.93) ? mobileNumber(rng) : undefined;
  let otherContact: string | undefined;
  if (!mobile || rng.chance(0.35)) {
    const relative = members.find((m) => m.memberStatus === MEMBER_STATUS.ON_DUTY || m.relation === RELATION.SPOUSE);
    otherContact = relative && rng.chance(0.6)
      ? `${relationWord(relative)}${relative.name} ${mobileNumber(rng)}`
      : landline(rng, contactCodesOf(county.code).areaCode);
  }
  return { ...(mobile ? { mobile } : {}), ...(otherContact ? { otherContact } : {}) };
}

function relationWord(member: DemoMember): string {
  const entry = DEFAULT_DICTIONARIES.relation.entries.find((e) => e.code === member.relation);
  return entry?.label ?? '';
}

export interface Assistance {
  unit: string;
  person: { name: string; post: string; phone: string };
}

/** 帮扶单位 and 帮扶责任人: the enterprise, street office, township or community and one of its people. */
function assistanceOf(rng: Random, area: UnionArea, county: County, township: string | undefined, staff: readonly string[]): Assistance {
  const kind = area.union.kind;
  const unit = rng.chance(0.3)
    ? area.union.name
    : kind === 'ENTERPRISE' && area.employer
      ? area.employer.name
      : kind === 'COMMUNITY' && area.community
        ? `${county.name}${area.community}居民委员会`
        : township && isStreetOffice(township)
          ? `${county.name}${township}办事处`
          : `${county.name}${township ?? ''}人民政府`;
  const posts = kind === 'ENTERPRISE'
    ? ['工会主席', '工会副主席', '车间主任', '人力资源部经理']
    : kind === 'COMMUNITY'
      ? ['社区党支部书记', '社区居委会主任', '社区工会主席']
      : township && isStreetOffice(township)
        ? ['街道工会主席', '街道办事处副主任', '社区党支部书记']
        : ['镇工会主席', '副镇长', '村党支部书记'];
  const name = rng.chance(0.6) ? rng.pick(staff.slice(0, 2)) : personName(rng, rng.chance(0.5) ? 'M' : 'F', rng.int(1965, 1990));
  return { unit, person: { name, post: rng.pick(posts), phone: mobileNumber(rng) } };
}

// ---------------------------------------------------------------------------------------------

interface HouseholdInput {
  worker: Person;
  on: string;
  county: County;
  hukouRegionCode: string;
  hui: boolean;
  ill: 'SELF' | 'SPOUSE' | 'CHILD' | 'PARENT' | undefined;
  needStudent: boolean;
  workStatus: WorkStatus;
}

export interface Student {
  relation: string;
  name: string;
  stage: SchoolStage;
  school: string;
  /** The 金秋助学 ledger follows the child's age through the years. */
  birthDate: string;
}

interface Household {
  members: DemoMember[];
  maritalStatus: string;
  singleParent: boolean;
  students: Student[];
  /** The member who is seriously ill (as HouseholdInput.ill asked), for remarks. */
  illMember?: { who: string; health: string };
}

function makeHousehold(ctx: RunContext, rng: Random, h: HouseholdInput): Household {
  const { worker, on } = h;
  const age = ageOn(worker.birthDate, on);
  const members: DemoMember[] = [];
  const students: Student[] = [];
  let illMember: Household['illMember'];
  const noteIll = (member: DemoMember): void => {
    illMember = { who: relationWord(member), health: member.health };
  };

  const needSpouse = h.ill === 'SPOUSE';
  const needChild = h.needStudent || h.ill === 'CHILD';
  const maritalStatus = needSpouse
    ? MARITAL.MARRIED
    : age < 28 && !needChild
      ? rng.chance(0.55) ? MARITAL.UNMARRIED : MARITAL.MARRIED
      : rng.weightedPairs([[MARITAL.MARRIED, 72], [MARITAL.DIVORCED, 14], [MARITAL.WIDOWED, age > 35 ? 7 : 0], [MARITAL.UNMARRIED, needChild ? 0 : 7]]);

  const family = worker.name.slice(0, 1);
  let spouse: Person | undefined;
  if (maritalStatus === MARITAL.MARRIED) {
    const sex: PersonSex = worker.sex === 'M' ? 'F' : 'M';
    const gap = worker.sex === 'M' ? -rng.int(-1, 5) : rng.int(-1, 6);
    const birthDate = addDays(addYears(worker.birthDate, -gap), rng.int(-150, 150));
    spouse = { sex, birthDate, name: personName(rng, sex, Number(birthDate.slice(0, 4)), { hui: h.hui }) };
    members.push(adultMember(ctx, rng, h, spouse, RELATION.SPOUSE, h.ill === 'SPOUSE', sameCityRegion(rng, h)));
    if (h.ill === 'SPOUSE') noteIll(members[members.length - 1]!);
  }

  // Children: born when the mother was 21–36, the last at least a month before the survey.
  if (maritalStatus !== MARITAL.UNMARRIED) {
    const mother = worker.sex === 'F' ? worker : spouse ?? { ...worker, birthDate: addYears(worker.birthDate, 2) };
    const fatherSurname = worker.sex === 'M' ? family : spouse ? spouse.name.slice(0, 1) : surname(rng, { hui: h.hui });
    const count = needChild ? rng.weighted([1, 2, 3], [50, 42, 8]) : rng.weighted([0, 1, 2, 3], [6, 46, 40, 8]);
    let motherAge = rng.int(21, 29);
    for (let k = 0; k < count; k++) {
      let birthDate = addDays(addYears(mother.birthDate, motherAge), rng.int(0, 364));
      if (k === 0 && h.needStudent && ageOn(birthDate, on) > 21) birthDate = addDays(addYears(on, -rng.int(15, 20)), -rng.int(0, 364));
      if (birthDate > addDays(on, -30) || ageOn(mother.birthDate, birthDate) < 20) break;
      motherAge += rng.int(2, 6);
      const childAge = ageOn(birthDate, on);
      if (childAge >= 25 && k > 0 && rng.chance(0.5)) continue; // grown up and living elsewhere
      const sex: PersonSex = rng.chance(0.52) ? 'M' : 'F';
      const name = personName(rng, sex, Number(birthDate.slice(0, 4)), { family: fatherSurname });
      const child = childMember(ctx, rng, h, { sex, birthDate, name }, h.ill === 'CHILD' && k === 0);
      members.push(child.member);
      if (h.ill === 'CHILD' && k === 0) noteIll(child.member);
      if (child.student) students.push(child.student);
    }
  }

  // Parents living in the household, often old and ill.
  if (age <= 62) {
    const count = h.ill === 'PARENT' ? rng.weighted([1, 2], [60, 40]) : rng.weighted([0, 1, 2], [55, 28, 17]);
    const parents: [PersonSex, string][] = count === 2 ? [['M', RELATION.FATHER], ['F', RELATION.MOTHER]]
      : count === 1 ? [rng.chance(0.6) ? ['F', RELATION.MOTHER] : ['M', RELATION.FATHER]] : [];
    for (const [sex, relation] of parents) {
      const birthDate = addDays(addYears(worker.birthDate, -rng.int(22, 32)), rng.int(0, 364));
      if (ageOn(birthDate, on) > 92) continue;
      const name = personName(rng, sex, Number(birthDate.slice(0, 4)), sex === 'M' ? { family } : { hui: h.hui });
      members.push(elderMember(ctx, rng, h, { sex, birthDate, name }, relation, h.ill === 'PARENT' && !illMember));
      if (h.ill === 'PARENT' && !illMember) noteIll(members[members.length - 1]!);
    }
  }

  const hasMinor = members.some((m) => (m.relation === RELATION.SON || m.relation === RELATION.DAUGHTER) && ageOn(m.birthDate, on) < 18);
  const singleParent = (maritalStatus === MARITAL.DIVORCED || maritalStatus === MARITAL.WIDOWED) && hasMinor;
  return { members, maritalStatus, singleParent, students, ...(illMember ? { illMember } : {}) };
}

function sameCityRegion(rng: Random, h: HouseholdInput): string {
  if (rng.chance(0.25)) return h.hukouRegionCode;
  return rng.chance(0.8) ? rng.pick(countiesOfCity(h.county.cityCode)).code : rng.pick(RURAL_COUNTIES).code;
}

function memberId(ctx: RunContext, rng: Random, region: string, person: Person): string {
  return issueIdNumber(rng, ctx.registry, region, person.birthDate, person.sex === 'M');
}

function basicMember(ctx: RunContext, rng: Random, person: Person, relation: string, region: string) {
  return {
    name: person.name,
    relation,
    sex: sexCode(person.sex),
    idNumber: memberId(ctx, rng, region, person),
    birthDate: person.birthDate,
  };
}

function adultMember(ctx: RunContext, rng: Random, h: HouseholdInput, person: Person, relation: string, ill: boolean, region: string): DemoMember {
  const age = ageOn(person.birthDate, h.on);
  const retirementAge = person.sex === 'M' ? 60 : 50;
  const status = age >= retirementAge
    ? rng.chance(0.6) ? 'RETIRED' : 'UNEMPLOYED'
    : ill
      ? rng.weightedPairs([['UNEMPLOYED', 60], ['LAID_OFF', 15], ['EARLY_RETIRED', age >= 45 ? 25 : 0]] as const)
      : rng.weightedPairs([['ON_DUTY', 35], ['MIGRANT_WORKER', 15], ['UNEMPLOYED', 30], ['LAID_OFF', 10], ['EARLY_RETIRED', age >= 45 ? 10 : 0]] as const);
  const health = ill ? pickCode(rng, T.healthSerious) : pickCode(rng, T.healthEveryday);
  const income = memberIncome(rng, status);
  const employer = status === 'ON_DUTY' || status === 'LAID_OFF' || status === 'EARLY_RETIRED' || status === 'RETIRED'
    ? employerIn(rng, { cityCode: h.county.cityCode, county: h.county }).name
    : status === 'MIGRANT_WORKER' ? employerIn(rng, { cityCode: h.county.cityCode, county: h.county }, { migrant: true }).name : undefined;
  return {
    ...basicMember(ctx, rng, person, relation, region),
    politicalStatus: rng.chance(0.08) ? PARTY_MEMBER : MASSES,
    health,
    monthlyIncomeFen: income,
    memberStatus: MEMBER_STATUS[status]!,
    medicalInsurance: memberInsurance(rng, status),
    ...(employer ? { employerOrSchool: status === 'RETIRED' ? `${employer}（已退休）` : employer } : {}),
  };
}

function elderMember(ctx: RunContext, rng: Random, h: HouseholdInput, person: Person, relation: string, ill: boolean): DemoMember {
  const urban = rng.chance(0.45);
  const region = urban ? rng.pick(countiesOfCity(h.county.cityCode)).code : rng.pick(RURAL_COUNTIES).code;
  const health = ill ? pickCode(rng, T.healthSerious) : pickCode(rng, T.healthElderly);
  return {
    ...basicMember(ctx, rng, person, relation, region),
    politicalStatus: rng.chance(0.1) ? PARTY_MEMBER : MASSES,
    health,
    // A city pension, or the rural residents' basic pension of a couple of hundred yuan.
    monthlyIncomeFen: urban ? yuanToFen(rng, 1500, 3000) : yuanToFen(rng, 100, 300),
    memberStatus: MEMBER_STATUS[urban ? 'RETIRED' : 'UNEMPLOYED']!,
    medicalInsurance: urban ? INSURANCE.EMPLOYEE_BASIC : rng.chance(0.95) ? INSURANCE.RESIDENT_BASIC : INSURANCE.UNINSURED,
  };
}

function childMember(
  ctx: RunContext,
  rng: Random,
  h: HouseholdInput,
  person: Person,
  ill: boolean,
): { member: DemoMember; student?: Student } {
  const age = ageOn(person.birthDate, h.on);
  const relation = person.sex === 'M' ? RELATION.SON : RELATION.DAUGHTER;
  const region = rng.chance(0.85) ? h.hukouRegionCode : rng.pick(countiesOfCity(h.county.cityCode)).code;
  const stage: SchoolStage | undefined =
    age < 3 ? undefined
      : age < 6 ? 'KINDERGARTEN'
        : age < 12 ? 'PRIMARY'
          : age < 15 ? 'JUNIOR'
            : age < 18 ? (rng.chance(0.7) ? 'SENIOR' : 'VOCATIONAL')
              : age < 22 && (h.needStudent || rng.chance(0.65)) ? 'UNIVERSITY'
                : age < 25 && rng.chance(0.08) ? 'POSTGRADUATE' : undefined;
  const health = ill ? pickCode(rng, T.healthChildIll) : pickCode(rng, T.healthChild);
  const base = basicMember(ctx, rng, person, relation, region);
  const politicalStatus = age >= 14 && age <= 28 && rng.chance(0.4) ? LEAGUE_MEMBER : MASSES;
  if (age >= 18 && stage === undefined) {
    return { member: adultMember(ctx, rng, h, person, relation, ill, region) };
  }
  const memberStatus = MEMBER_STATUS[
    stage === undefined || stage === 'KINDERGARTEN' ? 'PRESCHOOL'
      : stage === 'PRIMARY' ? 'PRIMARY_SCHOOL'
        : stage === 'JUNIOR' ? 'JUNIOR_HIGH'
          : stage === 'SENIOR' ? 'SENIOR_HIGH'
            : stage
  ]!;
  const school = stage ? schoolName(rng, stage, h.county) : undefined;
  const member: DemoMember = {
    ...base,
    politicalStatus,
    health,
    monthlyIncomeFen: 0,
    memberStatus,
    medicalInsurance: rng.chance(0.97) ? INSURANCE.RESIDENT_BASIC : INSURANCE.UNINSURED,
    ...(school ? { employerOrSchool: school } : {}),
  };
  return stage && school
    ? { member, student: { relation, name: person.name, stage, school, birthDate: person.birthDate } }
    : { member };
}

function memberIncome(rng: Random, status: string): number {
  switch (status) {
    case 'ON_DUTY':
      return yuanToFen(rng, 1500, 4000);
    case 'MIGRANT_WORKER':
      return yuanToFen(rng, 2500, 4500);
    case 'RETIRED':
      return yuanToFen(rng, 1500, 3000);
    case 'LAID_OFF':
      return yuanToFen(rng, 800, 1200);
    case 'EARLY_RETIRED':
      return yuanToFen(rng, 1200, 2000);
    default:
      return 0;
  }
}

function memberInsurance(rng: Random, status: string): string {
  if (status === 'ON_DUTY' || status === 'RETIRED' || status === 'EARLY_RETIRED' || status === 'LAID_OFF') {
    return rng.chance(0.85) ? INSURANCE.EMPLOYEE_BASIC : INSURANCE.RESIDENT_BASIC;
  }
  return rng.weightedPairs([[INSURANCE.RESIDENT_BASIC, 92], [INSURANCE.EMPLOYEE_BASIC, 3], [INSURANCE.UNINSURED, 5]]);
}

// ---------------------------------------------------------------------------------------------

function illnessWord(rng: Random, health: string): string {
  const words = ILLNESS_WORDS[health];
  if (words) return rng.pick(words);
  return DEFAULT_DICTIONARIES.health.entries.find((e) => e.code === health)?.label ?? '重病';
}

const OTHER_CAUSE_REMARKS = [
  '需照顾瘫痪在床的老人，无法正常上班',
  '家庭负债较重，每月需偿还借款',
  '住房为危房，需修缮',
  '配偶服刑，独自抚养子女',
  '离异后独自抚养子女，无其他收入来源',
];

/** 备注: what the survey found, as a union officer would note it. */
function remarksOf(
  rng: Random,
  primary: HardshipCause,
  household: Household,
  sick: { who: string; health: string } | undefined,
): string | undefined {
  const who = (relation: string): string =>
    DEFAULT_DICTIONARIES.relation.entries.find((e) => e.code === relation)?.label ?? '家人';
  switch (primary) {
    case 'OTHER':
      return rng.pick(OTHER_CAUSE_REMARKS);
    case 'SERIOUS_ILLNESS':
    case 'NO_WORK_CAPACITY': {
      if (!sick || !rng.chance(0.6)) return undefined;
      if (sick.health === HEALTH_DISABLED) return `${sick.who}残疾，生活需要长期照料`;
      const word = illnessWord(rng, sick.health);
      return word === '尿毒症'
        ? `${sick.who}患尿毒症，每周透析${rng.pick(['两', '三'])}次，医疗费用负担重`
        : `${sick.who}患${word}，长期治疗，医疗费用负担重`;
    }
    case 'CHILDREN_SCHOOLING': {
      const student = household.students.find((s) => s.stage === 'UNIVERSITY' || s.stage === 'SENIOR' || s.stage === 'VOCATIONAL');
      return student && rng.chance(0.6) ? `${who(student.relation)}就读于${student.school}，学费、生活费负担重` : undefined;
    }
    case 'LAID_OFF':
      return rng.chance(0.4) ? rng.pick(['原单位停产，本人待岗在家', '企业改制后下岗，靠打零工维持生活', '原单位破产，一次性安置后未再就业']) : undefined;
    case 'ACCIDENT':
      return rng.chance(0.6) ? rng.pick(['工作中受伤，右腿致残，无法从事重体力劳动', '遭遇交通事故，治疗费用高', '家中失火，财产损失严重']) : undefined;
    case 'NATURAL_DISASTER':
      return rng.pick(['2021年“7·20”特大暴雨中房屋受损，家具家电全部损毁', '暴雨致房屋进水，财物损失较大']);
    default:
      return rng.chance(0.1) ? '家庭收入低，生活困难' : undefined;
  }
}
