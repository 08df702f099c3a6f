/*
 * Masking for display (domain.md §5): sensitive numbers are shown masked unless the role needs
 * them, and public notices (公示名单) show names with the given name masked. Masks keep the length, so
 * a masked value still looks like what it is.
 */

function keepEnds(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return (
    chars.slice(0, head).join('') +
    '*'.repeat(chars.length - head - tail) +
    chars.slice(-tail).join('')
  );
}

/** '41010519491231002X' → '410105********002X': region and last four stay, birth date hidden. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber.trim(), 6, 4);
}

/** '6222021234567890123' → '6222***********0123': enough to recognise one's own card. */
export function maskBankCard(cardNumber: string): string {
  return keepEnds(cardNumber.replace(/\s+/g, ''), 4, 4);
}

/** '13812345678' → '138****5678'. */
export function maskMobile(mobile: string): string {
  return keepEnds(mobile.replace(/[\s-]+/g, ''), 3, 4);
}

/**
 * For public notices: '张国强' → '张*强', '张三' → '张*', '欧阳娜娜' → '欧**娜'. The first character
 * is treated as the surname, also for compound surnames: the notice only needs to be recognisable
 * to the people who know the worker.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
