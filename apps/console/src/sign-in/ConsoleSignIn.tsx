import { useCheckAuth, useLocaleState, useLogin, useNavigate } from 'ra-core';
import { useEffect } from 'react';
import { SignInForm } from './SignInForm.js';

/**
 * The sign-in page inside the running console (after signing out, or when the session has
 * expired): the same form, signing in through react-admin, which then returns to where the
 * person was. Someone already signed in is sent home, as react-admin's own page does.
 */
export function ConsoleSignIn() {
  const login = useLogin();
  const [locale] = useLocaleState();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useEffect(() => {
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined,
    );
  }, [checkAuth, navigate]);
  return <SignInForm locale={locale} signIn={(credentials) => login(credentials)} />;
}
