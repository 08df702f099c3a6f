import v8 from 'node:v8';
import vm from 'node:vm';
import {
  ARCHIVE_STATUSES,
  DEFAULT_DICTIONARIES,
  archiveInputSchema,
  archiveWarnings,
  parseIdNumber,
  SEX_CODES,
} from '@bangfu/domain';
import { describe, expect, it } from 'vitest';
import { demoArchives, demoUnions, type DemoArchive } from '../../src/demo/generate.js';
import { countyByCode } from '../../src/demo/regions.js';

const SEED = 20160713;
const unions = demoUnions(SEED);
const byKey = new Map(unions.map((u) => [u.key, u]));
const take = (count: number, seed = SEED): DemoArchive[] => [...demoArchives(seed, count, unions)];
const sample = take(2000);
const codes = (name: keyof typeof DEFAULT_DICTIONARIES) =>
  new Set(DEFAULT_DICTIONARIES[name].entries.map((e) => e.code));

describe('demoArchives', () => {
  it('is the same for the same seed, whatever the count, and differs for another seed', () => {
    expect(take(50)).toEqual(sample.slice(0, 50));
    expect(take(50, SEED + 1)).not.toEqual(sample.slice(0, 50));
  });

  it('gives archive inputs the domain schema accepts without a warning', () => {
    for (const archive of sample.slice(0, 500)) {
      const parsed = archiveInputSchema.safeParse(archive.input);
      expect(parsed.error?.issues ?? [], archive.input.name).toEqual([]);
      expect(archiveWarnings(parsed.data!), archive.input.name).toEqual([]);
    }
  });

  it('gives ID numbers that agree with birth date, sex and a real county', () => {
    for (const { input } of sample) {
      const people = [input, ...input.members];
      for (const person of people) {
        const id = parseIdNumber(person.idNumber);
        expect(id.ok, person.idNumber).toBe(true);
        if (!id.ok) continue;
        expect(id.birthDate).toBe(person.birthDate);
        expect(SEX_CODES[id.sex]).toBe(person.sex);
        expect(countyByCode(id.regionCode), id.regionCode).toBeDefined();
      }
      expect(countyByCode(input.hukouRegionCode)).toBeDefined();
    }
  });

  it('never gives the same ID number twice in a run', () => {
    const workers = new Set<string>();
    const members = new Set<string>();
    for (const { input } of demoArchives(SEED, 20_000, unions)) {
      expect(workers.has(input.idNumber) || members.has(input.idNumber)).toBe(false);
      workers.add(input.idNumber);
      for (const member of input.members) {
        expect(workers.has(member.idNumber) || members.has(member.idNumber)).toBe(false);
        members.add(member.idNumber);
      }
    }
    expect(workers.size).toBe(20_000);
  });

  it('spreads archives over every grassroots union', () => {
    const grassroots = unions.filter((u) => u.level === 'GRASSROOTS').map((u) => u.key);
    const counts = new Map<string, number>();
    for (const { unionKey } of sample) counts.set(unionKey, (counts.get(unionKey) ?? 0) + 1);
    for (const key of counts.keys()) expect(byKey.get(key)?.level).toBe('GRASSROOTS');
    expect(counts.size).toBe(grassroots.length);
  });

  it('has most archives established, some exited and a few in each earlier state', () => {
    const counts = new Map<string, number>();
    for (const { status } of sample) counts.set(status, (counts.get(status) ?? 0) + 1);
    expect(new Set(counts.keys())).toEqual(new Set(Object.keys(ARCHIVE_STATUSES)));
    const share = (status: string) => (counts.get(status) ?? 0) / sample.length;
    expect(share('ESTABLISHED')).toBeGreaterThan(0.45);
    expect(share('EXITED')).toBeGreaterThan(0.15);
    for (const status of ['DRAFT', 'PUBLICIZING', 'PENDING_APPROVAL']) {
      expect(share(status)).toBeGreaterThan(0.01);
      expect(share(status)).toBeLessThan(0.1);
    }
  });

  it('dates the workflow in order, with the facts each status implies', () => {
    const inRange = (date: string) => date >= '2016-07-13' && date <= '2026-11-01';
    const exitReasons = codes('exitReason');
    const results = codes('spotCheckResult');
    for (const { status, history: h, input } of sample) {
      expect(inRange(h.createdOn)).toBe(true);
      expect(h.notice !== undefined).toBe(status !== 'DRAFT');
      expect(h.approval !== undefined).toBe(status === 'ESTABLISHED' || status === 'EXITED');
      expect(h.exit !== undefined).toBe(status === 'EXITED');
      expect(input.determination !== undefined).toBe(h.approval !== undefined);
      if (h.notice) {
        expect(h.createdOn < h.notice.startsOn && h.notice.startsOn < h.notice.endsOn).toBe(true);
        expect(inRange(h.notice.endsOn)).toBe(true);
      }
      if (!h.approval) {
        expect(h.plan ?? h.ledger ?? h.spotChecks).toBeUndefined();
        continue;
      }
      expect(h.notice!.endsOn < h.approval.on && inRange(h.approval.on)).toBe(true);
      expect(h.approval.determination).toEqual(input.determination);
      expect(input.determination!.decidedOn).toBe(h.approval.on);
      const end = h.exit?.on ?? '2026-11-01';
      if (h.exit) {
        expect(h.approval.on < h.exit.on && inRange(h.exit.on)).toBe(true);
        expect(exitReasons.has(h.exit.reason)).toBe(true);
      }
      expect(h.plan!.targetMonth).toMatch(/^20\d{2}-(0[1-9]|1[0-2])$/);
      expect(h.plan!.targetMonth > h.approval.on.slice(0, 7)).toBe(true);
      expect(h.plan!.actionPlans).toEqual(input.determination!.actionPlans);
      expect(h.plan!.personInCharge.name).toBe(input.assistancePerson);
      expect(h.plan!.cardIssuedOn >= h.approval.on && h.plan!.cardIssuedOn <= end).toBe(true);
      expect(input.workerSignedOn! >= h.approval.on).toBe(true);
      let previous = h.approval.on;
      for (const entry of h.ledger!) {
        expect(entry.on > h.approval.on && entry.on <= end && entry.on >= previous).toBe(true);
        expect(input.determination!.actionPlans).toContain(entry.actionPlan);
        expect(Number.isSafeInteger(entry.amountFen) && entry.amountFen >= 0).toBe(true);
        expect(entry.description).toMatch(/[\u4e00-\u9fa5]/);
        previous = entry.on;
      }
      for (const check of h.spotChecks ?? []) {
        expect(check.on > h.approval.on && check.on <= end).toBe(true);
        expect(results.has(check.result)).toBe(true);
      }
    }
    const ledgerEntries = sample.reduce((n, a) => n + (a.history.ledger?.length ?? 0), 0);
    expect(ledgerEntries / sample.length).toBeGreaterThan(2);
  });

  it('looks like Henan workers in difficulty', () => {
    let han = 0;
    for (const { input } of sample) {
      expect(input.monthlyIncomeFen).toBeGreaterThanOrEqual(100_000);
      expect(input.monthlyIncomeFen).toBeLessThanOrEqual(350_000);
      expect(input.householdSize).toBe(input.members.length + 1);
      expect(input.secondaryCauses).not.toContain(input.primaryCause);
      expect(input.address.startsWith(input.address.match(/^[^区县市]+[市县]/)![0])).toBe(true);
      expect(input.bankCardNumber).toMatch(
        /^(622202|622848|621700|621661|621799|622262|622588)\d{10,13}$/,
      );
      if (input.ethnicity === '01') han++;
    }
    expect(han / sample.length).toBeGreaterThan(0.9);
    expect(han).toBeLessThan(sample.length);
  });

  it('is lazy: taking a few of a billion returns at once', () => {
    const stream = demoArchives(SEED, 1_000_000_000, unions);
    const first = stream.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(sample[0]);
  });

  it('keeps memory flat while streaming', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const stream = demoArchives(SEED, 30_000, unions);
    const heapAfter = (count: number): number => {
      for (let i = 0; i < count; i++) stream.next();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // 20,000 archives held in memory would take some 60 MB.
    const warm = heapAfter(3_000);
    const later = heapAfter(20_000);
    expect(later - warm).toBeLessThan(8 * 1024 * 1024);
  });
});
