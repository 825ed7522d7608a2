import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { referenceMarkdown, schemaDocs } from '../helpers/schema-reference.ts';

const referencePath = join(projectRoot, 'docs/content-reference.md');
const docs = schemaDocs();

describe('the content reference (docs/content-reference.md)', () => {
  it.each(docs.map((d) => [d.title, d] as const))('documents every field of %s in its schema', (_title, doc) => {
    expect(doc.fields.length).toBeGreaterThan(0);
    const undocumented = doc.fields.filter((f) => !f.doc).map((f) => f.path);
    expect(undocumented, `add a /** doc comment */ to these fields in ${doc.source}`).toEqual([]);
  });

  it('is up to date with the schemas', () => {
    const expected = referenceMarkdown(docs);
    if (process.env.UPDATE_REFERENCE === '1') writeFileSync(referencePath, expected);
    const actual = existsSync(referencePath) ? readFileSync(referencePath, 'utf8') : '';
    expect(actual, 'run UPDATE_REFERENCE=1 npx vitest run test/docs/reference.test.ts').toBe(expected);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(projectRoot, 'README.md'), 'utf8')).toContain('docs/content-reference.md');
  });
});
