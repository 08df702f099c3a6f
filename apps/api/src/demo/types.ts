/** Shapes of the demo data: plain objects the seed script inserts. */
import type {
  ActionPlan,
  ArchiveStatus,
  GrassrootsKind,
  HardshipCause,
  KeyGroup,
  Measure,
  Role,
  UnionLevel,
} from '@bangfu/domain';

export interface DemoUnion {
  /** Stable key within the demo data; `parentKey` refers to it. */
  key: string;
  /** The region code for level unions; region code + '-' + 3-digit sequence for grassroots ones. */
  code: string;
  name: string;
  level: UnionLevel;
  kind?: GrassrootsKind;
  /** GB/T 2260 code of where the union sits. */
  regionCode: string;
  parentKey: string | null;
}

export interface DemoUser {
  username: string;
  /** The person's name, as shown in the console. */
  name: string;
  role: Role;
  unionKey: string;
  /** Created by the server itself on first start (with BANGFU_ADMIN_PASSWORD), not by the seed. */
  bootstrap?: true;
}

export interface DemoMember {
  name: string;
  relation: string;
  sex: string;
  politicalStatus: string;
  idNumber: string;
  birthDate: string;
  health: string;
  monthlyIncomeFen: number;
  memberStatus: string;
  medicalInsurance: string;
  employerOrSchool?: string;
}

export interface DemoDetermination {
  isTarget: true;
  decidedOn: string;
  keyGroups: KeyGroup[];
  keyGroupOther?: string;
  measures: Measure[];
  measureOther?: string;
  actionPlans: ActionPlan[];
  actionPlanOther?: string;
}

/** A complete archive input (domain.md §2 API names); dictionary fields hold dictionary codes. */
export interface DemoArchiveInput {
  hardshipCategory: string;
  name: string;
  ethnicity: string;
  sex: string;
  politicalStatus: string;
  idNumber: string;
  birthDate: string;
  health: string;
  disabilityCategory?: string;
  disabilityGrade?: string;
  workStatus: string;
  modelWorkerType: string;
  housingType: string;
  floorArea?: number;
  mobile?: string;
  otherContact?: string;
  postalCode?: string;
  workStartDate: string;
  industry: string;
  maritalStatus: string;
  hukouType: string;
  address: string;
  employer?: string;
  employerType?: string;
  enterpriseStatus?: string;
  singleParent: boolean;
  monthlyIncomeFen: number;
  otherAnnualIncomeFen: number;
  householdAnnualIncomeFen: number;
  householdSize: number;
  hukouRegionCode: string;
  medicalInsurance: string;
  seriousIllnessInsurance: boolean;
  medicalMutualAid: boolean;
  canSelfHelp: boolean;
  zeroEmployment: boolean;
  members: DemoMember[];
  primaryCause: HardshipCause;
  secondaryCauses: HardshipCause[];
  bankName: string;
  bankBranch: string;
  bankCardNumber: string;
  remarks?: string;
  workerSignedOn?: string;
  archivist: string;
  reviewer: string;
  enteredBy: string;
  assistanceUnit: string;
  assistancePerson: string;
  determination?: DemoDetermination;
}

export interface DemoContactPerson {
  name: string;
  post: string;
  phone: string;
}

/** The dated facts of an archive's workflow, consistent with its status. */
export interface DemoHistory {
  /** Surveyed and entered (摸底调查/录入). */
  createdOn: string;
  /** 对象公示: from PUBLICIZING on. */
  notice?: { startsOn: string; endsOn: string; objections: string[] };
  /** 审批建档: ESTABLISHED and EXITED. */
  approval?: { on: string; determination: DemoDetermination };
  /** EXITED only; `reason` is a code of the `exitReason` dictionary. */
  exit?: { on: string; reason: string };
  /** 帮扶计划 and the contact card (联系卡) issued from it. */
  plan?: {
    /** 'YYYY-MM': 帮扶任务完成时限. */
    targetMonth: string;
    measures: Measure[];
    actionPlans: ActionPlan[];
    personInCharge: DemoContactPerson;
    liaison: DemoContactPerson;
    cardIssuedOn: string;
  };
  /** 帮扶台账, oldest first. */
  ledger?: DemoLedgerEntry[];
  /** 抽查核实 by the city-level union, oldest first; `result` is a `spotCheckResult` code. */
  spotChecks?: { on: string; checker: string; result: string; note: string }[];
}

export interface DemoLedgerEntry {
  on: string;
  actionPlan: ActionPlan;
  description: string;
  amountFen: number;
  by: string;
}

export interface DemoArchive {
  /** Key of the grassroots union that holds the archive. */
  unionKey: string;
  input: DemoArchiveInput;
  status: ArchiveStatus;
  history: DemoHistory;
}
