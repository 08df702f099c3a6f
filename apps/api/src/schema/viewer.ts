import type { Viewer } from '../auth/sessions.js';
import type { Context } from './context.js';
import { Unauthenticated } from '../errors.js';

/** The signed-in user; root fields are already guarded, this narrows the type and guards the rest. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.user) throw new Unauthenticated();
  return ctx.user;
}
