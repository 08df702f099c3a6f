import type { z } from 'zod';
import { formatErrorMessage } from './error-codes.js';
import { ARCHIVE_FIELDS, DETERMINATION_FIELDS, MEMBER_FIELDS, type FieldSpec } from './fields.js';

/** One problem with one input field, the shape of CONTRACT's `ValidationError.fieldErrors`. */
export interface FieldError {
  /** Path into the input, every segment a string: ['members', '2', 'idNumber']. */
  readonly path: string[];
  readonly code: string;
  readonly message: string;
}

// zod's own issue kinds, for the few built-in checks the schemas rely on (mostly wrong types).
const BUILT_IN_CODES: Readonly<Record<string, string>> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_OPTION',
};

const HAN = /[\u4e00-\u9fff]/;

function fieldAt(path: readonly string[]): FieldSpec | undefined {
  const [head, second, third] = path;
  if (head === 'members' && third !== undefined) {
    return MEMBER_FIELDS[third as keyof typeof MEMBER_FIELDS];
  }
  if (head === 'determination' && second !== undefined) {
    return DETERMINATION_FIELDS[second as keyof typeof DETERMINATION_FIELDS];
  }
  return head === undefined ? undefined : ARCHIVE_FIELDS[head as keyof typeof ARCHIVE_FIELDS];
}

/**
 * Turns a zod error from the domain schemas into field errors with stable codes and Chinese
 * messages. A problem inside a household member names the row, since the same column labels
 * (姓名, 身份证号…) appear on the worker too: "第3位家庭成员：身份证号校验位不符…".
 */
export function toFieldErrors(error: Pick<z.ZodError, 'issues'>): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const params = issue.code === 'custom' ? issue.params : undefined;
    const code =
      typeof params?.code === 'string'
        ? params.code
        : (BUILT_IN_CODES[issue.code] ?? 'INVALID_TYPE');
    // Every schema sets Chinese messages; this only guards against a zod default slipping through.
    const message = HAN.test(issue.message)
      ? issue.message
      : formatErrorMessage('INVALID_TYPE', { label: fieldAt(path)?.label ?? '输入' });
    const row =
      path[0] === 'members' && path.length > 2 ? `第${Number(path[1]) + 1}位家庭成员：` : '';
    return { path, code, message: row + message };
  });
}
