import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import { describeGeneratedTypes } from './describe-generated.js';
import './types/scalars.js';
import './types/validation-error.js';
import './types/union.js';
import './types/user.js';
import './types/dictionary.js';
import './types/archive-enums.js';
import './types/archive.js';
import './types/archive-input.js';
import './types/archive-queries.js';
import './types/archive-mutations.js';

export const schema = describeGeneratedTypes(builder.toSchema({ sortSchema: false }));

export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
