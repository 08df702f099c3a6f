import { GraphQLError } from 'graphql';

export interface FieldError {
  path: string[];
  code: string;
  message: string;
}

/**
 * Bad input: returned (not thrown to the client) as CONTRACT's `ValidationError` union member,
 * with a Chinese message for people and stable codes for programs. Nothing was written.
 */
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

export function unauthenticated(): GraphQLError {
  return new GraphQLError('请先登录。Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = '无权进行此操作。You may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
