/**
 * ID numbers for demo people: real county codes, the birth date, a sequence whose parity gives the
 * sex, and the GB 11643 check character — and never the same number twice in one run.
 */
import { idNumberCheckChar } from '@bangfu/domain';
import type { Random } from './random.js';

/**
 * The numbers handed out so far, as a Bloom filter of fixed size (8 MiB), so that a run of a
 * million archives never holds its people in memory. A false positive only makes the generator
 * draw another sequence number for a number that was in fact free; a number handed out twice is
 * impossible. The size does not depend on the run's length, so the first archives of a long run
 * are the same as those of a short one.
 */
export class IdNumberRegistry {
  private static readonly BITS = 1 << 26;
  private static readonly HASHES = 7;
  private readonly bits = new Uint32Array(IdNumberRegistry.BITS / 32);

  /** Records `id` and returns true, or returns false when it may have been handed out already. */
  claim(id: string): boolean {
    const h1 = hash(id, 0x811c9dc5);
    const h2 = hash(id, 0x01000193) | 1;
    const positions: number[] = [];
    let seen = true;
    for (let i = 0; i < IdNumberRegistry.HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & (IdNumberRegistry.BITS - 1);
      positions.push(bit);
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) seen = false;
    }
    if (seen) return false;
    for (const bit of positions) this.bits[bit >>> 5]! |= 1 << (bit & 31);
    return true;
  }
}

function hash(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * A new ID number for someone born on `birthDate` ('YYYY-MM-DD') whose number was first issued in
 * the division `regionCode`: odd sequence for a man, even for a woman.
 */
export function issueIdNumber(
  rng: Random,
  registry: IdNumberRegistry,
  regionCode: string,
  birthDate: string,
  male: boolean,
): string {
  const prefix = regionCode + birthDate.replaceAll('-', '');
  for (let attempt = 0; attempt < 1000; attempt++) {
    const sequence =
      String(rng.int(0, 99)).padStart(2, '0') + String(rng.int(0, 4) * 2 + (male ? 1 : 0));
    if (sequence === '000') continue;
    const first17 = prefix + sequence;
    const id = first17 + idNumberCheckChar(first17);
    if (registry.claim(id)) return id;
  }
  throw new Error(`No free ID number left for ${prefix} (${male ? 'male' : 'female'})`);
}
