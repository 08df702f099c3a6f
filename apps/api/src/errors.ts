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
  /** What a program needs besides the code (e.g. how long to wait). */
  readonly details: Record<string, unknown> = {};
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

/** Wrong username or password, or a disabled account: the same answer, so neither is revealed. */
export class InvalidCredentials extends Refusal {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('用户名或密码错误。Wrong username or password.');
    this.name = 'InvalidCredentials';
  }
}

/** Too many sign-in attempts: the next one is checked after `retryAfter` seconds. */
export class SignInThrottled extends Refusal {
  readonly code = 'SIGN_IN_THROTTLED';
  override readonly details: { retryAfter: number };
  constructor(retryAfter: number) {
    super(
      `登录尝试过于频繁，请 ${retryAfter} 秒后再试。Too many sign-in attempts; try again in ${retryAfter} s.`,
    );
    this.name = 'SignInThrottled';
    this.details = { retryAfter };
  }
}

/**
 * What an analyst may not ask for: a search or an ordering that would single out a person they
 * know (by name, archive number or ID number). Analysts read de-identified data (PIPL art. 51).
 */
export class NotForAnalysts extends Refusal {
  private constructor(
    readonly code:
      | 'ORDER_NOT_ALLOWED_FOR_ANALYST'
      | 'SEARCH_NOT_ALLOWED_FOR_ANALYST'
      | 'UNION_TOO_SMALL_FOR_ANALYST',
    message: string,
  ) {
    super(message);
    this.name = 'NotForAnalysts';
  }

  static order(): NotForAnalysts {
    return new NotForAnalysts(
      'ORDER_NOT_ALLOWED_FOR_ANALYST',
      '统计分析员不能按姓名或编号排序，请按修改或建立时间排序。Analysts may not order by name or number.',
    );
  }

  static union(): NotForAnalysts {
    return new NotForAnalysts(
      'UNION_TOO_SMALL_FOR_ANALYST',
      '统计分析员只能按县级及以上工会筛选档案，基层工会的档案太少，可能识别到个人。Analysts filter by county-level unions or above.',
    );
  }

  static search(): NotForAnalysts {
    return new NotForAnalysts(
      'SEARCH_NOT_ALLOWED_FOR_ANALYST',
      '统计分析员不能按姓名、职工编号或身份证号查找档案，请按类别、原因、状态等条件筛选。Analysts may not search by name, number or ID.',
    );
  }
}
