import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && DATE.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new GraphQLError('日期格式应为 YYYY-MM-DD。Dates are YYYY-MM-DD.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

builder.scalarType('Date', {
  description: '日期，格式 YYYY-MM-DD。A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: '时间点，ISO 8601 格式（UTC）。An instant, ISO 8601 in UTC.',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString(),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError('时间格式无效。Invalid DateTime.');
    return d;
  },
});

builder.scalarType('JSON', {
  description: '任意 JSON 值。Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
