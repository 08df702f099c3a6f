import type { AuthProvider } from 'ra-core';
import { graphql } from '../generated/graphql/index.js';
import type { MeQuery as MeQueryResult } from '../generated/graphql/graphql.js';
import { createDraftStore } from './drafts.js';
import type { GraphQLClient } from './graphql-client.js';

/*
 * Sign-in with the API's `login` mutation. The session token is never seen by the page: the API
 * puts it in an HttpOnly SameSite=Strict cookie (CONSOLE_HEADERS ask for that, and carry the
 * header without which the cookie is not honoured). The signed-in user is kept in localStorage so
 * a reload stays signed in. `me` is asked once per page load to confirm the token
 * and pick up a changed role or union. Someone signed in with an issued password is sent to
 * CHANGE_PASSWORD_PATH (by `login`, and by the layout on any other page) until they change it.
 * Permissions are the role, the union and what `me.viewerCan` allows (menus, buttons: access.ts);
 * the API still checks every request. Signing out removes the user's form drafts; a session that
 * merely expired (401) keeps them for the next sign-in.
 */

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      mustChangePassword
      user {
        id
        username
        name
        role
        union {
          id
          name
          level
        }
      }
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      name
      mustChangePassword
      role
      union {
        id
        name
        level
      }
      viewerCan {
        createArchives
        manageUnions
        readUsers
        manageUsers
        setMinimumLivingLines
        manageDictionaries
      }
    }
  }
`);

/** What the API says the signed-in user may do (`me.viewerCan`): menus and create buttons. */
export type ViewerCan = NonNullable<MeQueryResult['me']['viewerCan']>;

export interface SignedInUser {
  id: string;
  username: string;
  name: string;
  role: string;
  union: { id: string; name: string; level: string };
  /** The password was issued by an admin: the console shows nothing but the change page. */
  mustChangePassword?: boolean | null;
  viewerCan?: ViewerCan | null;
}

export interface Permissions {
  role: string;
  unionId: string;
  unionName: string;
  unionLevel: string;
  mustChangePassword: boolean;
  /** From the API; absent (nothing offered) until `me` has answered. */
  viewerCan?: ViewerCan | null;
}

/** Where someone signed in with an issued password is sent, and kept until they change it. */
export const CHANGE_PASSWORD_PATH = '/change-password';

export interface PasswordFieldError {
  path: readonly string[];
  code: string;
  message: string;
}

export const USER_KEY = 'bangfu.user';
/** Where consoles before the cookie kept the token: cleared at sign-in and sign-out. */
const LEGACY_TOKEN_KEY = 'bangfu.token';

/** Every request of the console: session in the cookie, and the header that lets it count. */
export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'x-bangfu-session': 'cookie',
  'x-bangfu-csrf': '1',
};

/** Whether someone is signed in on this browser: the page cannot see the cookie, so the user kept. */
export interface Session {
  signedIn(): boolean;
}

export function createSession(storage: Pick<Storage, 'getItem'> = localStorage): Session {
  return { signedIn: () => storage.getItem(USER_KEY) !== null };
}

export function createAuthProvider(
  client: GraphQLClient,
  storage: Storage = localStorage,
): AuthProvider {
  let confirmed = false;

  const user = (): SignedInUser | null => {
    const raw = storage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SignedInUser) : null;
  };
  const forget = () => {
    storage.removeItem(LEGACY_TOKEN_KEY);
    storage.removeItem(USER_KEY);
    confirmed = false;
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      const data = await client(LoginMutation, { username: username.trim(), password });
      storage.removeItem(LEGACY_TOKEN_KEY);
      // What the user may do is answered for the signed-in viewer: asked once the cookie is set.
      const { me } = await client(MeQuery);
      const signedIn = { ...me, mustChangePassword: data.login.mustChangePassword };
      storage.setItem(USER_KEY, JSON.stringify(signedIn));
      confirmed = true;
      return signedIn.mustChangePassword ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
    },

    /** Changes the signed-in user's password; the API's field errors when it refuses. */
    async changePassword(currentPassword: string, newPassword: string) {
      const data = await client(ChangePasswordMutation, { currentPassword, newPassword });
      const result = data.changePassword;
      if (result.__typename === 'ValidationError')
        return result.fieldErrors as PasswordFieldError[];
      const current = user();
      if (current)
        storage.setItem(USER_KEY, JSON.stringify({ ...current, mustChangePassword: false }));
      return [];
    },

    async logout() {
      // With the user still here this is the person signing out (an expired session forgot it).
      const current = user();
      if (current) {
        createDraftStore(storage).removeAllOf(current.id);
        await client(LogoutMutation).catch(() => undefined);
      }
      forget();
    },

    async checkAuth() {
      if (!storage.getItem(USER_KEY)) throw { message: false };
      if (confirmed) return;
      const data = await client(MeQuery).catch((error: { status?: number }) => {
        if (error?.status === 401) forget();
        throw { message: error?.status === 401 ? 'ra.auth.auth_check_error' : false };
      });
      storage.setItem(USER_KEY, JSON.stringify(data.me));
      confirmed = true;
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        forget();
        throw { message: 'ra.notification.logged_out' };
      }
      // FORBIDDEN stays signed in: the API refused one thing, the message says which.
    },

    async getIdentity() {
      const current = user();
      if (!current) throw new Error('not signed in');
      return {
        id: current.id,
        fullName: current.name,
        username: current.username,
        union: current.union.name,
      };
    },

    async getPermissions(): Promise<Permissions | undefined> {
      const current = user();
      if (!current) return undefined;
      return {
        role: current.role,
        unionId: current.union.id,
        unionName: current.union.name,
        unionLevel: current.union.level,
        mustChangePassword: current.mustChangePassword === true,
        viewerCan: current.viewerCan ?? null,
      };
    },
  };
}
