/*
 * The sign-in page's few words, in both languages, so the page needs none of the console's
 * translations (the same wording as ra.auth.* in i18n/zh-CN.ts and react-admin's English).
 */

const zh = {
  product: '帮扶 · 困难职工解困脱困建档立卡',
  username: '登录名',
  password: '密码',
  signIn: '登录',
  required: '必填',
  showPassword: '显示密码',
  hidePassword: '隐藏密码',
  failed: '登录失败，请重试',
  'ra.notification.offline': '网络不通，无法读取数据。',
  'ra.notification.http_error': '与服务器通信出错',
};

export type SignInWords = typeof zh;

const en: SignInWords = {
  product: 'Bangfu · Archives of workers in difficulty',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  required: 'Required',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  failed: 'Authentication failed, please retry',
  'ra.notification.offline': 'No connectivity. Could not fetch data.',
  'ra.notification.http_error': 'Server communication error',
};

export function signInWords(locale: string): SignInWords {
  return locale === 'en' ? en : zh;
}

/** The language chosen last time (react-admin keeps it in its store), before react-admin runs. */
export function storedLocale(storage: Pick<Storage, 'getItem'> = localStorage): string {
  try {
    return JSON.parse(storage.getItem('RaStore.locale') ?? '""') === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Light or dark as react-admin will show the console: the stored choice, else the system's. */
export function storedThemeMode(
  storage: Pick<Storage, 'getItem'> = localStorage,
): 'light' | 'dark' {
  try {
    const stored: unknown = JSON.parse(storage.getItem('RaStore.theme') ?? 'null');
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // An unreadable entry is no choice.
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What to tell the person when sign-in failed: the API's message, or ours when there is none. */
export function signInFailure(error: unknown, words: SignInWords): string {
  const message =
    typeof error === 'string' ? error : (error as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || message.trim() === '') return words.failed;
  return message in words ? words[message as keyof SignInWords] : message;
}
