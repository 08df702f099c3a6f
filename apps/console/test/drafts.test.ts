import { idNumberCheckChar } from '@bangfu/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripRevealed, valuesFromDraft } from '../src/archive-form/draft-values.js';
import { createAuthProvider } from '../src/data/auth-provider.js';
import { createDraftStore, draftKey, type Draft } from '../src/data/drafts.js';
import { createGraphQLClient } from '../src/data/graphql-client.js';
import { memoryStorage } from './support/memory-storage.js';

/*
 * Drafts of the archive form: one per user and archive, removed on signing out (not when a
 * session expires), never holding a number the API or a reveal gave in clear.
 */

function id(birth: string, order: number): string {
  const first17 = `410105${birth}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const draft = (values: Record<string, unknown>): Draft => ({
  savedAt: '2026-12-06T02:00:00.000Z',
  version: null,
  values,
  dropped: [],
});

const nothingRevealed = () => false;

describe('the draft store', () => {
  it('keeps one draft per user and archive, and reads back what was written', () => {
    const store = createDraftStore(memoryStorage());
    store.write(draftKey('u1', undefined), draft({ name: '赵建民' }));
    store.write(draftKey('u1', 'a9'), { ...draft({ name: '钱桂兰' }), version: 3 });
    store.write(draftKey('u2', undefined), draft({ name: '孙立' }));
    expect(store.read(draftKey('u1', undefined))?.values).toEqual({ name: '赵建民' });
    expect(store.read(draftKey('u1', 'a9'))).toMatchObject({
      version: 3,
      values: { name: '钱桂兰' },
    });
    expect(store.read(draftKey('u2', undefined))?.values).toEqual({ name: '孙立' });
    expect(store.read(draftKey('u2', 'a9'))).toBeNull();
    store.remove(draftKey('u1', 'a9'));
    expect(store.read(draftKey('u1', 'a9'))).toBeNull();
    expect(store.read(draftKey('u1', undefined))).not.toBeNull();
  });

  it("removes every draft of one user and nobody else's", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    for (const archive of [undefined, 'a1', 'a2']) store.write(draftKey('u1', archive), draft({}));
    store.write(draftKey('u10', undefined), draft({}));
    storage.setItem('bangfu.token', 't');
    store.removeAllOf('u1');
    expect([0, 1].map((i) => storage.key(i)).sort()).toEqual([
      'bangfu.draft.u10.new',
      'bangfu.token',
    ]);
  });

  it('reads anything unreadable as no draft, and a full storage does not break typing', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    storage.setItem(draftKey('u1', undefined), '{not json');
    storage.setItem(draftKey('u1', 'a1'), JSON.stringify({ values: 'x' }));
    expect(store.read(draftKey('u1', undefined))).toBeNull();
    expect(store.read(draftKey('u1', 'a1'))).toBeNull();
    const full = createDraftStore({
      ...storage,
      length: 0,
      key: () => null,
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(() => full.write(draftKey('u1', undefined), draft({}))).not.toThrow();
  });
});

describe('what a draft may hold', () => {
  const typedId = id('19800101', 11);
  const memberId = id('19820303', 12);

  it('keeps what was typed into a new archive, numbers included', () => {
    const values = {
      name: '赵建民',
      idNumber: typedId,
      bankCardNumber: '6222 0202 0000 1234',
      members: [{ name: '李秀英', idNumber: memberId }],
    };
    expect(stripRevealed(values, undefined, nothingRevealed)).toEqual({ values, dropped: [] });
  });

  it('keeps masked numbers as the API sent them and leaves out numbers it sent in clear', () => {
    const original = {
      idNumber: '410105********0011',
      mobile: '13800138000',
      bankCardNumber: '6222********1234',
      members: [{ idNumber: '410105********0012' }],
    };
    const values = {
      ...original,
      name: '赵建民',
      members: [{ ...original.members[0], name: '李' }],
    };
    const { values: kept, dropped } = stripRevealed(values, original, nothingRevealed);
    expect(dropped).toEqual(['mobile']);
    expect(kept).toEqual({ ...values, mobile: '' });
  });

  it('leaves out a revealed number even pasted in, with spaces, putting back the mask', () => {
    const revealed = new Set([typedId, memberId]);
    const isRevealed = (v: string) => revealed.has(v.replace(/\s+/g, '').toUpperCase());
    const original = {
      idNumber: '410105********0011',
      members: [{ idNumber: '410105********0012' }],
    };
    const values = {
      idNumber: `${typedId.slice(0, 6)} ${typedId.slice(6)}`,
      members: [{ idNumber: memberId, name: '李秀英' }],
    };
    const { values: kept, dropped } = stripRevealed(values, original, isRevealed);
    expect(dropped).toEqual(['idNumber', 'members.0.idNumber']);
    expect(kept).toEqual({
      idNumber: '410105********0011',
      members: [{ idNumber: '410105********0012', name: '李秀英' }],
    });
    expect(JSON.stringify(kept)).not.toContain(memberId);
  });

  it('never holds a revealed number in clear, whatever was typed around it', () => {
    const number = fc.stringMatching(/^[0-9]{15,19}[0-9X]?$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(number, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(fc.string(), fc.constant(null)), { minLength: 4, maxLength: 4 }),
        fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
        (secrets, typed, picks) => {
          const revealed = new Set(secrets);
          // Each sensitive place holds either something typed or one of the revealed numbers.
          const at = (i: number) => (picks[i]! < secrets.length ? secrets[picks[i]!] : typed[i]);
          const values = {
            idNumber: at(0),
            mobile: at(1),
            bankCardNumber: at(2),
            members: [{ idNumber: at(3), name: typed[0] }],
          };
          const { values: kept } = stripRevealed(values, undefined, (v) => revealed.has(v));
          const text = JSON.stringify(kept);
          for (const s of secrets) {
            const typedAlike = typed.includes(s);
            if (!typedAlike) expect(text).not.toContain(`"${s}"`);
          }
          for (const [field, value] of Object.entries(values)) {
            if (typeof value === 'string' && !revealed.has(value)) {
              expect((kept as Record<string, unknown>)[field]).toBe(value);
            }
          }
        },
      ),
    );
  });

  it('restores a draft over the archive as read', () => {
    expect(valuesFromDraft({ name: '旧', version: 2, ethnicity: '01' }, { name: '新' })).toEqual({
      name: '新',
      version: 2,
      ethnicity: '01',
    });
  });
});

describe('signing out and drafts', () => {
  const user = { id: 'p1', username: 'wenhualu', name: '文化路', role: 'GRASSROOTS_ADMIN' };
  function signedIn() {
    const storage = memoryStorage();
    storage.setItem(
      'bangfu.user',
      JSON.stringify({ ...user, union: { id: 'u', name: 'x', level: 'GRASSROOTS' } }),
    );
    const store = createDraftStore(storage);
    store.write(draftKey('p1', undefined), draft({ name: '赵建民' }));
    store.write(draftKey('p2', undefined), draft({ name: '孙立' }));
    const fetch = async () => new Response(JSON.stringify({ data: { logout: true } }));
    const auth = createAuthProvider(createGraphQLClient({ fetch }), storage);
    return { auth, store };
  }

  it("signing out removes the user's drafts, not another user's", async () => {
    const { auth, store } = signedIn();
    await auth.logout({});
    expect(store.read(draftKey('p1', undefined))).toBeNull();
    expect(store.read(draftKey('p2', undefined))).not.toBeNull();
  });

  it('an expired session keeps them for the next sign-in', async () => {
    const { auth, store } = signedIn();
    await expect(auth.checkError({ status: 401 })).rejects.toBeTruthy();
    await auth.logout({});
    expect(store.read(draftKey('p1', undefined))?.values).toEqual({ name: '赵建民' });
  });
});
