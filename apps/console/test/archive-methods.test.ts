import { readFileSync } from 'node:fs';
import { buildSchema, graphql, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createArchiveMethods, workflowStep } from '../src/data/archive-methods.js';
import { createGraphQLClient } from '../src/data/graphql-client.js';

/*
 * The data provider's named archive methods against the API's real, committed schema: every
 * document must validate there, a success answers the payload, a ValidationError becomes the
 * form-shaped HttpError(400) the dialogs put under their inputs.
 */

const schema = buildSchema(
  readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'),
);

/** graphql-js over the real schema; each mutation answers `answer(field, args)`. */
function apiAnswering(answer: (field: string, args: Record<string, unknown>) => unknown) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as (typeof sent)[number];
    sent.push(body);
    expect(validate(schema, parse(body.query))).toEqual([]);
    const result = await graphql({
      schema,
      source: body.query,
      variableValues: body.variables,
      fieldResolver: (source, args, _ctx, info) =>
        info.parentType.name === 'Mutation'
          ? answer(info.fieldName, args)
          : (source as Record<string, unknown>)[info.fieldName],
      typeResolver: (value) => (value as { __typename: string }).__typename,
    });
    return new Response(JSON.stringify(result));
  };
  return { methods: createArchiveMethods(createGraphQLClient({ fetch })), sent };
}

const ARCHIVE = {
  __typename: 'Archive',
  id: 'a1',
  version: 3,
  status: 'ESTABLISHED',
  availableActions: ['exitArchive'],
};

describe('archive methods of the data provider', () => {
  it('approveArchive sends the typed step and answers only what the page needs', async () => {
    const { methods, sent } = apiAnswering(() => ARCHIVE);
    const { data } = await methods.approveArchive({
      id: 'a1',
      determination: { isTarget: false, decidedOn: '2026-01-02' },
    });
    expect(data).toEqual(ARCHIVE);
    expect(sent[0]!.query).toContain('approveArchive(id: $id, determination: $determination)');
    // No whole archive selected and thrown away.
    expect(sent[0]!.query).not.toMatch(/\bname\b|members/);
  });

  it('every workflow step is a named method with a valid document', async () => {
    const { methods } = apiAnswering(() => ARCHIVE);
    const steps = Object.keys(methods).filter((m) =>
      /Archive$|PublicNotice$|Objection$|Application$|Approval$/.test(m),
    );
    expect(steps.length).toBeGreaterThanOrEqual(10);
    await expect(workflowStep(methods, 'reenterArchive')({ id: 'a1' })).resolves.toMatchObject({
      data: { status: 'ESTABLISHED' },
    });
  });

  it('a ValidationError becomes an HttpError(400) shaped like the form', async () => {
    const { methods } = apiAnswering(() => ({
      __typename: 'ValidationError',
      message: '金额不正确',
      fieldErrors: [
        { path: ['input', 'amountFen'], code: 'MONEY_NEGATIVE', message: '金额不能为负' },
      ],
    }));
    const refused = methods.addLedgerEntry({
      archiveId: 'a1',
      input: {
        on: '2026-01-02',
        actionPlan: 'TARGETED_WARMTH',
        description: 'x',
        amountFen: -1,
        by: '王',
      },
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      message: '金额不正确',
      body: {
        errors: { input: { amountFen: expect.any(String) }, root: { serverError: '金额不正确' } },
      },
    });
  });

  it('revealSensitive answers the value, deleteArchive its payload', async () => {
    const { methods } = apiAnswering((field) =>
      field === 'revealSensitive'
        ? { __typename: 'RevealedValue', value: '13800000000' }
        : field === 'deleteArchive'
          ? { __typename: 'DeletedArchive', id: 'a1', number: 'N1' }
          : { __typename: 'LedgerCorrectionPayload' },
    );
    await expect(
      methods.revealSensitive({ archiveId: 'a1', field: 'mobile', memberPosition: null }),
    ).resolves.toEqual({ data: { __typename: 'RevealedValue', value: '13800000000' } });
    await expect(methods.deleteArchive({ id: 'a1' })).resolves.toEqual({
      data: { __typename: 'DeletedArchive' },
    });
  });
});
