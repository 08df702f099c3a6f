import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../src/data/data-provider.js';
import { createGraphQLClient } from '../src/data/graphql-client.js';
import { createFakeApi } from './support/fake-api.js';
import { testModel } from './support/schema.js';

/*
 * A list page may ask for only the fields it shows (`meta.fields`): a page of 50 archives must
 * not carry every archive's history, plan and contact card.
 */

const api = createFakeApi();
const provider = createDataProvider(testModel, createGraphQLClient({ fetch: api.fetch }));
const params = {
  pagination: { page: 1, perPage: 5 },
  sort: { field: 'id', order: 'ASC' as const },
};

describe('meta.fields on getList', () => {
  it('selects only the named fields and the id', async () => {
    api.reset();
    const result = await provider.getList('unions', {
      ...params,
      filter: {},
      meta: { fields: ['name'] },
    });
    const query = api.requests[0]!.query;
    expect(query).toMatch(/node \{ id name \} \} \} \}$/);
    expect(result.data[0]).toMatchObject({ id: 'u0', name: '河南省总工会' });
    expect(result.data[0]).not.toHaveProperty('level');
  });

  it('selects every field when no fields are named', async () => {
    api.reset();
    await provider.getList('unions', { ...params, filter: {} });
    expect(api.requests[0]!.query).toMatch(/parent \{ id name \}/);
  });
});
