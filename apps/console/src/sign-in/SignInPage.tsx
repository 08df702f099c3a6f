import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { useEffect } from 'react';
import { defaultDarkTheme, defaultLightTheme } from 'react-admin';
import { SignInForm, type Credentials } from './SignInForm.js';
import { storedLocale, storedThemeMode } from './words.js';

/**
 * The sign-in page before the console has loaded: react-admin's theme, the form, nothing else.
 * main.tsx shows it when there is no session and starts the console once `signIn` resolves.
 */
export function SignInPage({ signIn }: { signIn: (credentials: Credentials) => Promise<unknown> }) {
  const locale = storedLocale();
  // The same choice react-admin makes: the mode last picked, else the system's preference.
  const theme = createTheme(storedThemeMode() === 'dark' ? defaultDarkTheme : defaultLightTheme);
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <SignInForm locale={locale} signIn={signIn} />
    </ThemeProvider>
  );
}
