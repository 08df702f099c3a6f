/**
 * 家庭主要成员: the worker's spouse, children (at school, in kindergarten, grown up) and parents,
 * each with a name, an ID number, a status, an income and a medical insurance that fit their age.
 */
import { SEX_CODES } from '@bangfu/domain';
import {
  INSURANCE,
  LEAGUE_MEMBER,
  MARITAL,
  MASSES,
  MEMBER_STATUS,
  PARTY_MEMBER,
  RELATION,
  TABLES,
  pickCode,
  type MemberStatus,
} from './codes.js';
import { issueIdNumber, type IdNumberRegistry } from './id-numbers.js';
import {
  employerIn,
  personName,
  schoolName,
  surname,
  type PersonSex,
  type SchoolStage,
} from './names.js';
import { addYears, ageOn, yuanToFen, type IllPerson, type Person } from './person.js';
import { addDays, type Random } from './random.js';
import { COUNTIES, cityByCode, type County } from './regions.js';
import type { DemoMember } from './types.js';

export interface HouseholdInput {
  worker: Person;
  /** The survey date: ages and school stages are as of then. */
  on: string;
  /** Where the family lives. */
  county: County;
  hukouRegionCode: string;
  hui: boolean;
  ill: IllPerson | undefined;
  needStudent: boolean;
}

export interface Student {
  relation: string;
  name: string;
  stage: SchoolStage;
  school: string;
  /** The 金秋助学 ledger follows the child's age through the years. */
  birthDate: string;
}

export interface Household {
  members: DemoMember[];
  maritalStatus: string;
  singleParent: boolean;
  students: Student[];
  /** The member who is seriously ill (as `ill` asked), when there is one. */
  illMember?: DemoMember;
}

export const RURAL_COUNTIES: readonly County[] = COUNTIES.filter((c) => c.kind === 'COUNTY');

export function countiesOfCity(cityCode: string): readonly County[] {
  return cityByCode(cityCode)?.counties ?? COUNTIES;
}

const sexCode = (sex: PersonSex): string => (sex === 'M' ? SEX_CODES.MALE : SEX_CODES.FEMALE);

/** Builds members one by one; names stay distinct within the household. */
class HouseholdBuilder {
  readonly members: DemoMember[] = [];
  readonly students: Student[] = [];
  illMember: DemoMember | undefined;
  private readonly names: Set<string>;

  constructor(
    private readonly rng: Random,
    private readonly registry: IdNumberRegistry,
    private readonly h: HouseholdInput,
  ) {
    this.names = new Set([h.worker.name]);
  }

  person(
    sex: PersonSex,
    birthDate: string,
    options: { family?: string; hui?: boolean } = {},
  ): Person {
    const year = Number(birthDate.slice(0, 4));
    let name = personName(this.rng, sex, year, options);
    for (let i = 0; i < 20 && this.names.has(name); i++)
      name = personName(this.rng, sex, year, options);
    this.names.add(name);
    return { sex, birthDate, name };
  }

  add(member: DemoMember, ill: boolean): void {
    this.members.push(member);
    if (ill) this.illMember = member;
  }

  /** Name, relation, sex, a fresh ID number and birth date. */
  identity(person: Person, relation: string, region: string) {
    return {
      name: person.name,
      relation,
      sex: sexCode(person.sex),
      idNumber: issueIdNumber(
        this.rng,
        this.registry,
        region,
        person.birthDate,
        person.sex === 'M',
      ),
      birthDate: person.birthDate,
    };
  }

  adult(person: Person, relation: string, ill: boolean, region: string): DemoMember {
    const { rng, h } = this;
    const age = ageOn(person.birthDate, h.on);
    const status: MemberStatus =
      age >= (person.sex === 'M' ? 60 : 50)
        ? rng.chance(0.6)
          ? 'RETIRED'
          : 'UNEMPLOYED'
        : ill
          ? rng.weightedPairs<MemberStatus>([
              ['UNEMPLOYED', 60],
              ['LAID_OFF', 15],
              ['EARLY_RETIRED', age >= 45 ? 25 : 0],
            ])
          : rng.weightedPairs<MemberStatus>([
              ['ON_DUTY', 30],
              ['MIGRANT_WORKER', 15],
              ['UNEMPLOYED', 30],
              ['LAID_OFF', 10],
              ['EARLY_RETIRED', age >= 45 ? 10 : 0],
            ]);
    const area = { cityCode: h.county.cityCode, county: h.county };
    const employer =
      status === 'MIGRANT_WORKER'
        ? employerIn(rng, area, { migrant: true }).name
        : status === 'UNEMPLOYED'
          ? undefined
          : employerIn(rng, area).name;
    return {
      ...this.identity(person, relation, region),
      politicalStatus: rng.chance(0.08) ? PARTY_MEMBER : MASSES,
      health: pickCode(rng, ill ? TABLES.healthSerious : TABLES.healthEveryday),
      monthlyIncomeFen: memberIncome(rng, status),
      memberStatus: MEMBER_STATUS[status],
      medicalInsurance: memberInsurance(rng, status),
      ...(employer
        ? { employerOrSchool: status === 'RETIRED' ? `${employer}（已退休）` : employer }
        : {}),
    };
  }

  /** A parent: a city pension, or the rural residents' basic pension of a couple of hundred yuan. */
  elder(person: Person, relation: string, ill: boolean): DemoMember {
    const { rng, h } = this;
    const urban = rng.chance(0.45);
    const region = urban
      ? rng.pick(countiesOfCity(h.county.cityCode)).code
      : rng.pick(RURAL_COUNTIES).code;
    return {
      ...this.identity(person, relation, region),
      politicalStatus: rng.chance(0.1) ? PARTY_MEMBER : MASSES,
      health: pickCode(rng, ill ? TABLES.healthSerious : TABLES.healthElderly),
      monthlyIncomeFen: urban ? yuanToFen(rng, 1500, 3000) : yuanToFen(rng, 100, 300),
      memberStatus: MEMBER_STATUS[urban ? 'RETIRED' : 'UNEMPLOYED'],
      medicalInsurance: urban
        ? INSURANCE.EMPLOYEE_BASIC
        : rng.chance(0.95)
          ? INSURANCE.RESIDENT_BASIC
          : INSURANCE.UNINSURED,
    };
  }

  /** A child: at kindergarten or school by age, or grown up and working. */
  child(person: Person, ill: boolean): DemoMember {
    const { rng, h } = this;
    const age = ageOn(person.birthDate, h.on);
    const relation = person.sex === 'M' ? RELATION.SON : RELATION.DAUGHTER;
    const region = rng.chance(0.85)
      ? h.hukouRegionCode
      : rng.pick(countiesOfCity(h.county.cityCode)).code;
    const stage: SchoolStage | undefined =
      age < 3
        ? undefined
        : age < 6
          ? 'KINDERGARTEN'
          : age < 12
            ? 'PRIMARY'
            : age < 15
              ? 'JUNIOR'
              : age < 18
                ? rng.chance(0.7)
                  ? 'SENIOR'
                  : 'VOCATIONAL'
                : age < 22 && (h.needStudent || rng.chance(0.65))
                  ? 'UNIVERSITY'
                  : age < 25 && rng.chance(0.08)
                    ? 'POSTGRADUATE'
                    : undefined;
    if (age >= 18 && stage === undefined) return this.adult(person, relation, ill, region);

    const status: MemberStatus =
      stage === undefined || stage === 'KINDERGARTEN'
        ? 'PRESCHOOL'
        : stage === 'PRIMARY'
          ? 'PRIMARY_SCHOOL'
          : stage === 'JUNIOR'
            ? 'JUNIOR_HIGH'
            : stage === 'SENIOR'
              ? 'SENIOR_HIGH'
              : stage;
    const school = stage ? schoolName(rng, stage, h.county) : undefined;
    if (stage && school) {
      this.students.push({
        relation,
        name: person.name,
        stage,
        school,
        birthDate: person.birthDate,
      });
    }
    return {
      ...this.identity(person, relation, region),
      politicalStatus: age >= 14 && rng.chance(0.4) ? LEAGUE_MEMBER : MASSES,
      health: pickCode(rng, ill ? TABLES.healthChildIll : TABLES.healthChild),
      monthlyIncomeFen: 0,
      memberStatus: MEMBER_STATUS[status],
      medicalInsurance: rng.chance(0.97) ? INSURANCE.RESIDENT_BASIC : INSURANCE.UNINSURED,
      ...(school ? { employerOrSchool: school } : {}),
    };
  }
}

/** The household living with the worker, and what it says about the causes of difficulty. */
export function makeHousehold(
  rng: Random,
  registry: IdNumberRegistry,
  h: HouseholdInput,
): Household {
  const { worker, on } = h;
  const age = ageOn(worker.birthDate, on);
  const b = new HouseholdBuilder(rng, registry, h);

  const needChild = h.needStudent || h.ill === 'CHILD';
  const maritalStatus =
    h.ill === 'SPOUSE'
      ? MARITAL.MARRIED
      : age < 28 && !needChild
        ? rng.chance(0.55)
          ? MARITAL.UNMARRIED
          : MARITAL.MARRIED
        : rng.weightedPairs([
            [MARITAL.MARRIED, 72],
            [MARITAL.DIVORCED, 14],
            [MARITAL.WIDOWED, age > 35 ? 7 : 0],
            [MARITAL.UNMARRIED, needChild ? 0 : 7],
          ]);

  const family = worker.name.slice(0, 1);
  let spouse: Person | undefined;
  if (maritalStatus === MARITAL.MARRIED) {
    const sex: PersonSex = worker.sex === 'M' ? 'F' : 'M';
    // Husbands are usually a little older.
    const gap = worker.sex === 'M' ? -rng.int(-1, 5) : rng.int(-1, 6);
    spouse = b.person(sex, addDays(addYears(worker.birthDate, -gap), rng.int(-150, 150)), {
      hui: h.hui,
    });
    const region = rng.chance(0.25)
      ? h.hukouRegionCode
      : rng.chance(0.8)
        ? rng.pick(countiesOfCity(h.county.cityCode)).code
        : rng.pick(RURAL_COUNTIES).code;
    b.add(b.adult(spouse, RELATION.SPOUSE, h.ill === 'SPOUSE', region), h.ill === 'SPOUSE');
  }

  // Children: born when the mother was 21–36, the last at least a month before the survey.
  if (maritalStatus !== MARITAL.UNMARRIED) {
    const mother =
      worker.sex === 'F'
        ? worker
        : (spouse ?? { ...worker, birthDate: addYears(worker.birthDate, 2) });
    const childSurname =
      worker.sex === 'M' ? family : spouse ? spouse.name.slice(0, 1) : surname(rng, { hui: h.hui });
    const count = needChild
      ? rng.weighted([1, 2, 3], [50, 42, 8])
      : rng.weighted([0, 1, 2, 3], [6, 46, 40, 8]);
    let motherAge = rng.int(21, 29);
    for (let k = 0; k < count; k++) {
      let birthDate = addDays(addYears(mother.birthDate, motherAge), rng.int(0, 364));
      if (k === 0 && h.needStudent && ageOn(birthDate, on) > 21) {
        // A child still at school, born when the mother was at least 20.
        const room = ageOn(mother.birthDate, on) - 21;
        const childAge = rng.int(Math.min(15, room), Math.min(20, room));
        birthDate = addDays(addYears(on, -childAge), -rng.int(0, 364));
      }
      if (birthDate > addDays(on, -30) || ageOn(mother.birthDate, birthDate) < 20) break;
      motherAge += rng.int(2, 6);
      if (ageOn(birthDate, on) >= 25 && k > 0 && rng.chance(0.5)) continue; // grown up, living elsewhere
      const person = b.person(rng.chance(0.52) ? 'M' : 'F', birthDate, { family: childSurname });
      const ill = h.ill === 'CHILD' && k === 0;
      b.add(b.child(person, ill), ill);
    }
  }

  // Parents living in the household, often old and ill.
  if (age <= 62) {
    const count =
      h.ill === 'PARENT' ? rng.weighted([1, 2], [60, 40]) : rng.weighted([0, 1, 2], [55, 28, 17]);
    const parents: [PersonSex, string][] =
      count === 2
        ? [
            ['M', RELATION.FATHER],
            ['F', RELATION.MOTHER],
          ]
        : count === 1
          ? [rng.chance(0.6) ? ['F', RELATION.MOTHER] : ['M', RELATION.FATHER]]
          : [];
    for (const [sex, relation] of parents) {
      const birthDate = addDays(addYears(worker.birthDate, -rng.int(22, 32)), rng.int(0, 364));
      if (ageOn(birthDate, on) > 92) continue;
      const person = b.person(sex, birthDate, sex === 'M' ? { family } : { hui: h.hui });
      const ill = h.ill === 'PARENT' && !b.illMember;
      b.add(b.elder(person, relation, ill), ill);
    }
  }

  const hasMinor = b.members.some(
    (m) =>
      (m.relation === RELATION.SON || m.relation === RELATION.DAUGHTER) &&
      ageOn(m.birthDate, on) < 18,
  );
  return {
    members: b.members,
    maritalStatus,
    singleParent:
      (maritalStatus === MARITAL.DIVORCED || maritalStatus === MARITAL.WIDOWED) && hasMinor,
    students: b.students,
    ...(b.illMember ? { illMember: b.illMember } : {}),
  };
}

function memberIncome(rng: Random, status: MemberStatus): number {
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

function memberInsurance(rng: Random, status: MemberStatus): string {
  if (
    status === 'ON_DUTY' ||
    status === 'RETIRED' ||
    status === 'EARLY_RETIRED' ||
    status === 'LAID_OFF'
  ) {
    return rng.chance(0.85) ? INSURANCE.EMPLOYEE_BASIC : INSURANCE.RESIDENT_BASIC;
  }
  return rng.weightedPairs([
    [INSURANCE.RESIDENT_BASIC, 92],
    [INSURANCE.EMPLOYEE_BASIC, 3],
    [INSURANCE.UNINSURED, 5],
  ]);
}
