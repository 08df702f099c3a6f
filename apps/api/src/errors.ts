/*
 * The refusals services throw. Plain classes that know nothing of GraphQL or HTTP: the schema
 * layer maps them once for GraphQL (src/schema/errors.ts), the endpoints once for HTTP
 * (src/http/io.ts). Messages are Chinese for people; `code` is stable for programs.
 */

export interface FieldError {
  path: string[];
  code: string;
  message: string;
}

/** Bad input with its errors per field. Nothing was written. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ValidationError';
  }

  static field(path: string[], code: string, message: string): ValidationError {
    return new ValidationError(message, [{ path, code, message }]);
  }
}

/** A refusal that is not about the input: who asks, or what they ask it of. */
export abstract class Refusal extends Error {
  abstract readonly code: string;
}

/** No valid session. */
export class Unauthenticated extends Refusal {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = '请先登录。Sign in first.') {
    super(message);
    this.name = 'Unauthenticated';
  }
}

/** Signed in, but the role or the union's subtree does not allow this. */
export class Forbidden extends Refusal {
  readonly code = 'FORBIDDEN';
  constructor(message = '无权进行此操作。You may not do this.') {
    super(message);
    this.name = 'Forbidden';
  }
}

/** Someone else changed the same data at the same moment; nothing was written, try again. */
export class Conflict extends Refusal {
  readonly code = 'VERSION_CONFLICT';
  constructor(message = '数据刚被他人修改，未写入任何内容；请刷新后重试。') {
    super(message);
    this.name = 'Conflict';
  }
}

/** The union's attachment storage would pass its quota (BANGFU_ATTACHMENT_QUOTA_MB). */
export class QuotaExceeded extends Refusal {
  readonly code = 'ATTACHMENT_QUOTA_EXCEEDED';
  constructor(message: string) {
    super(message);
    this.name = 'QuotaExceeded';
  }
}
