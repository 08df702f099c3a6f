import { builder } from '../builder.js';
import { ValidationError, type FieldError } from '../../errors.js';

export const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: '某个输入字段的错误。An error on one input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: '输入字段的路径，如 ["members","2","idNumber"]。Path of the input field.',
    }),
    code: t.exposeString('code', { description: '稳定的错误代码。Stable machine code.' }),
    message: t.exposeString('message', { description: '中文说明。Message in Chinese.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: '输入有误，未写入任何数据。The input was refused; nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: '总体说明（中文）。Summary in Chinese.' }),
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: '逐字段的错误。Errors per input field.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});
