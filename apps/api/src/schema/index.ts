import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import { describeGeneratedTypes } from './describe-generated.js';
import './types/scalars.js';
import './types/validation-error.js';
import './types/union.js';
import './types/user.js';
import './types/dictionary.js';

export const schema = describeGeneratedTypes(builder.toSchema({ sortSchema: false }));

export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
