import type { Viewer } from '../auth/sessions.js';
import type { Context } from './context.js';
import { unauthenticated } from './errors.js';

/** The signed-in user; root fields are already guarded, this narrows the type and guards the rest. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
