/**
 * Demo archives (困难职工档案表), streamed: the worker, the household, the causes, the employer,
 * and the workflow the archive went through. Each archive comes from its own random stream (seed
 * and index), so archive n is the same however many are generated.
 */
import { HEALTH_DISABLED, SEX_CODES, dictionaryLabel } from '@bangfu/domain';
import {
  HAN,
  HUI,
  INSURANCE,
  LEAGUE_MEMBER,
  LIMB_DISABILITY,
  MEMBER_STATUS,
  RELATION,
  SERIOUS_ILLNESSES,
  TABLES,
  WORK,
  pickCode,
  requireCode,
  type WorkStatus,
} from './codes.js';
import { RURAL_COUNTIES, countiesOfCity, makeHousehold, type Household } from './household.js';
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
  townshipsOf,
  type Employer,
  type PersonSex,
} from './names.js';
import {
  INCOME_YUAN,
  afterFlood,
  ageOn,
  ageRange,
  birthDateForAge,
  pickCauses,
  pickWorkStatus,
  remarksOf,
  workStartDate,
  yuanToFen,
  type IllPerson,
  type Person,
  type RemarkFacts,
} from './person.js';
import { createRandom, type Random, type Seed } from './random.js';
import { TOWNSHIPS, contactCodesOf, countyByCode, type County } from './regions.js';
import type {
  DemoArchive,
  DemoArchiveInput,
  DemoContactPerson,
  DemoMember,
  DemoUnion,
} from './types.js';
import { archiveWorkflow, pickTimeline } from './workflow.js';

const OWNERSHIP_TYPE: Readonly<Record<Employer['ownership'], string>> = {
  STATE: requireCode('employerType', 'STATE_OWNED'),
  COLLECTIVE: requireCode('employerType', 'COLLECTIVE'),
  PRIVATE: requireCode('employerType', 'PRIVATE'),
  PUBLIC_INSTITUTION: requireCode('employerType', 'GOVERNMENT_INSTITUTION'),
};

const HOUSING_SELF_BUILT = requireCode('housingType', 'SELF_BUILT');

/** Floor area in m² by housing type: [min, max]; none for 无房. */
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

/** Where a grassroots union's workers live and work. */
interface UnionArea {
  union: DemoUnion;
  cityCode: string;
  /** The county the union sits in; undefined for a 市直 union (any district of the city). */
  county?: County;
  township?: string;
  community?: string;
  employer?: Employer;
  /** The union that approves (审批) its archives, and the city-level one that spot-checks them. */
  approverKey: string;
  checkerKey: string;
  weight: number;
}

interface RunContext {
  seed: Seed;
  registry: IdNumberRegistry;
  areas: UnionArea[];
  weights: number[];
  /** Per union (so bounded by the tree, not the run): its people, its enterprise's status. */
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
  const byKey = new Map(unions.map((u) => [u.key, u]));
  const areas = unions.filter((u) => u.level === 'GRASSROOTS').map((u) => areaOf(u, byKey));
  if (areas.length === 0) throw new Error('demoArchives needs at least one grassroots union');
  const ctx: RunContext = {
    seed,
    registry: new IdNumberRegistry(),
    areas,
    weights: areas.map((a) => a.weight),
    staff: new Map(),
    enterpriseStatus: new Map(),
  };
  for (let index = 0; index < count; index++) yield makeArchive(ctx, index);
}

function areaOf(union: DemoUnion, unions: ReadonlyMap<string, DemoUnion>): UnionArea {
  const county = countyByCode(union.regionCode);
  let checker = union;
  while (checker.level !== 'CITY' && checker.level !== 'DIRECT_COUNTY') {
    const parent = checker.parentKey ? unions.get(checker.parentKey) : undefined;
    if (!parent) break;
    checker = parent;
  }
  const base = {
    union,
    cityCode: county?.cityCode ?? union.regionCode,
    approverKey: union.parentKey ?? union.key,
    checkerKey: checker.key,
    ...(county ? { county } : {}),
  };
  // A union's size is fixed by its key: street unions cover more workers than most workplaces.
  const size = createRandom('size', union.key).int(1, 5);
  const place =
    county && union.name.startsWith(county.name) ? union.name.slice(county.name.length) : '';
  switch (union.kind) {
    case 'TOWNSHIP_STREET': {
      // 金水区文化路街道总工会 → 文化路街道; a name of another shape leaves the township open.
      const township = place.replace(/总工会$/, '');
      const known = county !== undefined && townshipsOf(county.code).includes(township);
      return { ...base, ...(known ? { township } : {}), weight: 4 + size };
    }
    case 'COMMUNITY': {
      const community = place.replace(/工会$/, '');
      return { ...base, ...(community.endsWith('社区') ? { community } : {}), weight: 2 + size };
    }
    default: {
      const employer = employerFromName(union.name.replace(/工会(委员会)?$/, ''));
      return { ...base, employer, weight: 1 + size };
    }
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

function makeArchive(ctx: RunContext, index: number): DemoArchive {
  const rng = createRandom(ctx.seed, 'archive', index);
  const area = rng.weighted(ctx.areas, ctx.weights);
  const enterprise = area.union.kind === 'ENTERPRISE';
  const timeline = pickTimeline(rng);
  const on = timeline.createdOn;
  const county = area.county ?? rng.pick(districtsWithTownships(area.cityCode));

  // Why, and who is ill when illness is a cause.
  const { primary, secondary } = pickCauses(rng, { enterprise, cityCode: area.cityCode }, on);
  const causes = [primary, ...secondary];
  const workStatus = pickWorkStatus(rng, enterprise, primary);
  const illness = causes.includes('SERIOUS_ILLNESS') || causes.includes('NO_WORK_CAPACITY');
  const ill: IllPerson | undefined =
    primary === 'NO_WORK_CAPACITY'
      ? 'SELF'
      : illness
        ? rng.weightedPairs<IllPerson>([
            ['SELF', 45],
            ['SPOUSE', 30],
            ['CHILD', 12],
            ['PARENT', 13],
          ])
        : undefined;
  const needStudent = causes.includes('CHILDREN_SCHOOLING');

  // The worker.
  const sex: PersonSex = rng.chance(enterprise ? 0.5 : 0.55) ? 'M' : 'F';
  let [minAge, maxAge] = ageRange(workStatus, sex);
  if (needStudent || ill === 'CHILD') minAge = Math.max(minAge, 38);
  if (ill === 'PARENT') maxAge = Math.min(maxAge, 62);
  const birthDate = birthDateForAge(rng, on, Math.min(minAge, maxAge), maxAge);
  const age = ageOn(birthDate, on);
  const huiArea = county.name.endsWith('回族区');
  const ethnicity = rng.chance(huiArea ? 0.25 : 0.02) ? pickCode(rng, TABLES.ethnicityMinor) : HAN;
  const hui = ethnicity === HUI;
  const worker: Person = {
    sex,
    birthDate,
    name: personName(rng, sex, Number(birthDate.slice(0, 4)), { hui }),
  };

  // Hukou and ID: mostly where the union is; migrant workers come from rural counties.
  const migrant = workStatus === 'MIGRANT_WORKER';
  const hukouRegionCode =
    migrant && rng.chance(0.6)
      ? rng.pick(RURAL_COUNTIES).code
      : rng.chance(0.85)
        ? county.code
        : rng.pick(countiesOfCity(county.cityCode)).code;
  const idRegion = rng.chance(0.85)
    ? hukouRegionCode
    : rng.pick(countiesOfCity(county.cityCode)).code;
  const idNumber = issueIdNumber(rng, ctx.registry, idRegion, birthDate, sex === 'M');

  const household = makeHousehold(rng, ctx.registry, {
    worker,
    on,
    county,
    hukouRegionCode,
    hui,
    ill,
    needStudent,
  });
  const members = household.members;

  // Health: the worker is the one who is ill unless someone in the household is.
  const selfIll = ill === 'SELF' || (ill !== undefined && household.illMember === undefined);
  let health = pickCode(rng, TABLES.healthEveryday);
  if (selfIll) {
    health =
      primary === 'NO_WORK_CAPACITY' && rng.chance(0.5)
        ? HEALTH_DISABLED
        : pickCode(rng, TABLES.healthSerious);
  } else if (primary === 'ACCIDENT' && rng.chance(0.5)) {
    health = HEALTH_DISABLED;
  }
  const disabled = health === HEALTH_DISABLED;
  const disabilityCategory = disabled
    ? primary === 'ACCIDENT'
      ? LIMB_DISABILITY
      : pickCode(rng, TABLES.disabilityCategory)
    : undefined;
  const disabilityGrade = disabled ? pickCode(rng, TABLES.disabilityGrade) : undefined;

  // Employer and income: the household's total is exactly its parts.
  const job = employerOf(ctx, rng, area, county, workStatus);
  const [minYuan, maxYuan] = INCOME_YUAN[workStatus];
  const lowPay = job.enterpriseStatus === 'LOSS_MAKING' || job.enterpriseStatus === 'SUSPENDED';
  const monthlyIncomeFen = yuanToFen(
    rng,
    minYuan,
    lowPay ? Math.max(minYuan, maxYuan - 1000) : maxYuan,
  );
  const otherAnnualIncomeFen = rng.weightedPairs([
    [0, 60],
    [yuanToFen(rng, 1200, 9600), 25],
    [yuanToFen(rng, 2000, 8000), 15],
  ]);
  const wages = members.reduce((sum, m) => sum + m.monthlyIncomeFen, monthlyIncomeFen);
  const householdAnnualIncomeFen = wages * 12 + otherAnnualIncomeFen;
  const householdSize = members.length + 1;
  const perMemberYuan = householdAnnualIncomeFen / 100 / 12 / householdSize;
  // 零就业家庭: nobody of working age in the household has work.
  const memberWorks = (m: DemoMember) =>
    m.memberStatus === MEMBER_STATUS.ON_DUTY || m.memberStatus === MEMBER_STATUS.MIGRANT_WORKER;
  const zeroEmployment =
    age < 60 &&
    workStatus !== 'ON_DUTY' &&
    workStatus !== 'MIGRANT_WORKER' &&
    !members.some(memberWorks);

  // Home.
  const township =
    area.township ?? (area.community ? rng.pick(streetOffices(county.code)) : undefined);
  const address = homeAddressFor(rng, county, township, area.community);
  const rural = /村\d+组/.test(address);
  const housingType = rural ? HOUSING_SELF_BUILT : pickCode(rng, TABLES.housingUrban);
  const floorRange = FLOOR_AREA[housingType];
  const floorArea = floorRange ? rng.int(floorRange[0] * 10, floorRange[1] * 10) / 10 : undefined;
  const hukouType = requireCode(
    'hukouType',
    migrant || rural
      ? rng.chance(0.75)
        ? 'AGRICULTURAL'
        : 'RURAL_TO_URBAN'
      : rng.weightedPairs([
          ['NON_AGRICULTURAL', 80],
          ['RURAL_TO_URBAN', 12],
          ['AGRICULTURAL', 8],
        ]),
  );

  const medicalInsurance = workerInsurance(
    rng,
    workStatus,
    causes.includes('NO_SOCIAL_INSURANCE'),
    job.ownership,
  );
  const insured = medicalInsurance !== INSURANCE.UNINSURED;
  const medicalMutualAid = insured && rng.chance(enterprise ? 0.5 : 0.2);

  const staff = staffOf(ctx, area.union.key);
  const assistance = assistanceOf(rng, area, county, township, staff, [
    worker.name,
    ...members.map((m) => m.name),
  ]);
  const category =
    primary === 'ACCIDENT' ||
    primary === 'NATURAL_DISASTER' ||
    (primary === 'SERIOUS_ILLNESS' && rng.chance(0.35))
      ? 'SUDDEN'
      : perMemberYuan < 700
        ? 'DEEP'
        : 'RELATIVE';

  const input: DemoArchiveInput = {
    hardshipCategory: requireCode('hardshipCategory', category),
    name: worker.name,
    ethnicity,
    sex: sex === 'M' ? SEX_CODES.MALE : SEX_CODES.FEMALE,
    politicalStatus:
      age < 28 && rng.chance(0.3) ? LEAGUE_MEMBER : pickCode(rng, TABLES.politicalStatus),
    idNumber,
    birthDate,
    health,
    ...(disabilityCategory ? { disabilityCategory } : {}),
    ...(disabilityGrade ? { disabilityGrade } : {}),
    workStatus: WORK[workStatus],
    modelWorkerType: pickCode(rng, TABLES.modelWorker),
    housingType,
    ...(floorArea !== undefined ? { floorArea } : {}),
    ...contactOf(rng, county, members),
    ...(rng.chance(0.85) ? { postalCode: contactCodesOf(county.code).postalCode } : {}),
    workStartDate: workStartDate(rng, birthDate, on, workStatus),
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
    canSelfHelp:
      primary !== 'NO_WORK_CAPACITY' &&
      !SERIOUS_ILLNESSES.has(health) &&
      !(disabled && Number(disabilityGrade) <= 2) &&
      rng.chance(0.85),
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
  const remarks = remarksOf(rng, primary, {
    ...sickOf(selfIll, health, disabilityCategory, disabilityGrade, household),
    ...studentOf(household),
    flood: afterFlood(area.cityCode, on),
  });
  if (remarks) input.remarks = remarks;

  return archiveWorkflow(rng, {
    unionKey: area.union.key,
    input,
    timeline,
    assistance,
    liaison: {
      name: staff[2]!,
      post: rng.pick(['工会干事', '工会委员', '工会专职干部']),
      phone: mobileNumber(rng),
    },
    checkers: staffOf(ctx, area.checkerKey).slice(0, 4),
    facts: {
      students: household.students,
      ill: ill !== undefined,
      unemployed: workStatus === 'UNEMPLOYED' || workStatus === 'LAID_OFF',
      migrant,
      troubledEnterprise: job.enterpriseStatus !== undefined && job.enterpriseStatus !== 'NORMAL',
      uninsured: !insured,
      perMemberYuan,
      deep: category === 'DEEP',
      disaster: causes.includes('NATURAL_DISASTER'),
      singleParent: household.singleParent,
      medicalMutualAid,
    },
  });
}

// ---------------------------------------------------------------------------------------------

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

/** A home in the union's area; a community union's families live on the road it is named after. */
function homeAddressFor(
  rng: Random,
  county: County,
  township: string | undefined,
  community: string | undefined,
): string {
  const address = homeAddress(rng, county, township);
  const road = community?.replace(/社区$/, '');
  if (!road || !roadsOf(county.code).includes(road)) return address;
  return address.replace(/(街道)[^\d]+?(\d+号院)/, `$1${road}$2`);
}

interface Job {
  employer?: string;
  employerType?: string;
  enterpriseStatus?: string;
  industry: string;
  ownership: Employer['ownership'];
}

function employerOf(
  ctx: RunContext,
  rng: Random,
  area: UnionArea,
  county: County,
  status: WorkStatus,
): Job {
  if (area.employer) {
    // One enterprise, one status, whoever's archive it is.
    let enterpriseStatus = ctx.enterpriseStatus.get(area.union.key);
    if (enterpriseStatus === undefined) {
      enterpriseStatus = pickCode(
        createRandom(ctx.seed, 'enterprise', area.union.key),
        TABLES.enterpriseNormal,
      );
      ctx.enterpriseStatus.set(area.union.key, enterpriseStatus);
    }
    return withType(
      area.employer,
      area.employer.ownership === 'PUBLIC_INSTITUTION' ? undefined : enterpriseStatus,
    );
  }
  const employer = employerIn(
    rng,
    { cityCode: area.cityCode, county },
    { migrant: status === 'MIGRANT_WORKER' },
  );
  // Most of the unemployed name no employer; the industry is the one they worked in.
  if (status === 'UNEMPLOYED' && rng.chance(0.7))
    return { industry: employer.industry, ownership: employer.ownership };
  const troubled = status === 'LAID_OFF' || status === 'EARLY_RETIRED' || status === 'UNEMPLOYED';
  const enterpriseStatus =
    employer.ownership === 'PUBLIC_INSTITUTION'
      ? undefined
      : status === 'MIGRANT_WORKER'
        ? requireCode('enterpriseStatus', 'NORMAL')
        : pickCode(rng, troubled ? TABLES.enterpriseTroubled : TABLES.enterpriseNormal);
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

function workerInsurance(
  rng: Random,
  status: WorkStatus,
  noSocialInsurance: boolean,
  ownership: Employer['ownership'],
): string {
  if (noSocialInsurance) return rng.chance(0.5) ? INSURANCE.UNINSURED : INSURANCE.RESIDENT_BASIC;
  if (status === 'UNEMPLOYED') {
    return rng.weightedPairs([
      [INSURANCE.RESIDENT_BASIC, 70],
      [INSURANCE.EMPLOYEE_BASIC, 25],
      [INSURANCE.UNINSURED, 5],
    ]);
  }
  if (status === 'MIGRANT_WORKER') {
    return rng.weightedPairs([
      [INSURANCE.RESIDENT_BASIC, 60],
      [INSURANCE.EMPLOYEE_BASIC, 30],
      [INSURANCE.UNINSURED, 10],
    ]);
  }
  if (ownership === 'PUBLIC_INSTITUTION' && rng.chance(0.1)) return INSURANCE.PUBLIC;
  return rng.weightedPairs([
    [INSURANCE.EMPLOYEE_BASIC, 90],
    [INSURANCE.RESIDENT_BASIC, 8],
    [INSURANCE.UNINSURED, 2],
  ]);
}

/** 手机号码 mostly; 其他联系方式 a landline or a relative's mobile (always one when no mobile). */
function contactOf(
  rng: Random,
  county: County,
  members: readonly DemoMember[],
): { mobile?: string; otherContact?: string } {
  const mobile = rng.chance(0.93) ? mobileNumber(rng) : undefined;
  if (mobile && !rng.chance(0.35)) return { mobile };
  const relative = members.find(
    (m) => m.memberStatus === MEMBER_STATUS.ON_DUTY || m.relation === RELATION.SPOUSE,
  );
  const otherContact =
    relative && rng.chance(0.6)
      ? `${dictionaryLabel('relation', relative.relation)}${relative.name} ${mobileNumber(rng)}`
      : landline(rng, contactCodesOf(county.code).areaCode);
  return { ...(mobile ? { mobile } : {}), otherContact };
}

export interface Assistance {
  unit: string;
  person: DemoContactPerson;
}

/** 帮扶单位 and 帮扶责任人: the enterprise, street office, township or community and one of its people. */
function assistanceOf(
  rng: Random,
  area: UnionArea,
  county: County,
  township: string | undefined,
  staff: readonly string[],
  household: readonly string[],
): Assistance {
  const kind = area.union.kind;
  const street = township !== undefined && isStreetOffice(township);
  const unit = rng.chance(0.3)
    ? area.union.name
    : kind === 'ENTERPRISE' && area.employer
      ? area.employer.name
      : kind === 'COMMUNITY' && area.community
        ? `${county.name}${area.community}居民委员会`
        : street
          ? `${county.name}${township}办事处`
          : `${county.name}${township ?? ''}人民政府`;
  const posts =
    kind === 'ENTERPRISE'
      ? ['工会主席', '工会副主席', '车间主任', '人力资源部经理']
      : kind === 'COMMUNITY'
        ? ['社区党支部书记', '社区居委会主任', '社区工会主席']
        : street
          ? ['街道工会主席', '街道办事处副主任', '社区党支部书记']
          : ['镇工会主席', '副镇长', '村党支部书记'];
  let name = rng.chance(0.6) ? rng.pick(staff.slice(0, 2)) : '';
  while (name === '' || household.includes(name)) {
    name = personName(rng, rng.chance(0.5) ? 'M' : 'F', rng.int(1965, 1990));
  }
  return { unit, person: { name, post: rng.pick(posts), phone: mobileNumber(rng) } };
}

function sickOf(
  selfIll: boolean,
  health: string,
  disabilityCategory: string | undefined,
  disabilityGrade: string | undefined,
  household: Household,
): Pick<RemarkFacts, 'sick'> {
  if (selfIll) {
    const disability =
      disabilityCategory && disabilityGrade
        ? {
            label: `${dictionaryLabel('disabilityCategory', disabilityCategory)}${dictionaryLabel('disabilityGrade', disabilityGrade)}`,
            limb: disabilityCategory === LIMB_DISABILITY,
          }
        : undefined;
    return { sick: { who: '本人', health, ...(disability ? { disability } : {}) } };
  }
  const member = household.illMember;
  return member
    ? { sick: { who: dictionaryLabel('relation', member.relation), health: member.health } }
    : {};
}

function studentOf(household: Household): Pick<RemarkFacts, 'student'> {
  const student = household.students.find(
    (s) => s.stage !== 'KINDERGARTEN' && s.stage !== 'PRIMARY',
  );
  return student
    ? { student: { who: dictionaryLabel('relation', student.relation), school: student.school } }
    : {};
}
