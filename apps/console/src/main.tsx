import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authProvider, session } from './auth.js';
import type { Credentials } from './sign-in/SignInForm.js';
import { SignInPage } from './sign-in/SignInPage.js';

/*
 * Two steps, so the sign-in page comes fast: without a session only the sign-in page loads
 * (React, a few MUI parts, the login mutation); the console itself (react-admin, the resource
 * model, the screens) is fetched while the password is checked and shown once it is accepted.
 */

const root = createRoot(document.getElementById('root')!);
const loadConsole = () => import('./App.js');

function showConsole({ App }: Awaited<ReturnType<typeof loadConsole>>) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

async function signIn(credentials: Credentials) {
  const loading = loadConsole();
  // A failed sign-in still leaves the console loaded for the next attempt; never unhandled.
  loading.catch(() => undefined);
  const outcome = (await authProvider.login(credentials)) as { redirectTo?: string } | undefined;
  // An issued password goes to the change page first, as react-admin's login would send it.
  if (outcome?.redirectTo) location.hash = `#${outcome.redirectTo}`;
  else if (/^#\/login\b/.test(location.hash)) location.hash = '#/';
  showConsole(await loading);
}

if (session.token()) void loadConsole().then(showConsole);
else
  root.render(
    <StrictMode>
      <SignInPage signIn={signIn} />
    </StrictMode>,
  );
