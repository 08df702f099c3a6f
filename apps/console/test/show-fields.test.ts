import { describe, expect, it } from 'vitest';
import { showFields } from '../src/guessers/columns.js';
import { resourceModel } from '../src/model.js';

/* A union's page shows its code, never the internal id (a UUID labelled 编号). */

describe('the show page of a union', () => {
  it('shows the code and not the id', () => {
    const names = showFields(resourceModel('unions')).map((f) => f.name);
    expect(names).toContain('code');
    expect(names).not.toContain('id');
  });
});
