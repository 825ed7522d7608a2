import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { charts } from '../../src/charts/registry.ts';
import { chapterSchema } from '../../src/data/chapter-schema.ts';
import { files } from '../../src/data/load-datasets.ts';
import * as dataSchemas from '../../src/data/schemas.ts';
import { projectRoot } from './paths.ts';

/** One field of a schema as the reference lists it. */
export interface FieldDoc {
  /** Dotted path, e.g. `emphasis.categories`. */
  readonly path: string;
  readonly required: boolean;
  /** The field's doc comment in the schema's source; undefined when it has none (which the test refuses). */
  readonly doc: string | undefined;
}

/** One schema a maintainer writes to: what it is for, the file that defines it, and its fields. */
export interface SchemaDoc {
  readonly title: string;
  readonly source: string;
  readonly fields: readonly FieldDoc[];
}

/** Every schema whose fields maintainers write: chapter front matter, each data file's records, each chart's state. */
export function schemaDocs(): SchemaDoc[] {
  const dataSource = 'src/data/schemas.ts';
  const constName = (schema: unknown) => Object.entries(dataSchemas).find(([, value]) => value === schema)?.[0];
  return [
    document('Chapter front matter (`content/chapters/en/NN-slug.mdx`)', 'src/data/chapter-schema.ts', 'chapterSchema', chapterSchema),
    ...Object.values(files).map(([name, schema]) =>
      document(`A record of \`content/data/${name}\``, dataSource, constName(schema)!, schema as z.ZodTypeAny),
    ),
    ...Object.values(charts).map((chart) =>
      document(
        `The \`state\` of a step in \`<Scrolly chart="${chart.name}">\``,
        `src/charts/${chart.name}/state-schema.ts`,
        'stateSchema',
        chart.stateSchema as z.ZodTypeAny,
      ),
    ),
  ];
}

function document(title: string, source: string, name: string, schema: z.ZodTypeAny): SchemaDoc {
  const docs = docComments(source, name);
  return { title, source, fields: fieldsOf(schema).map((f) => ({ ...f, doc: docs.get(f.path) })) };
}

/** Every field of an object schema, nested objects included, with whether an author must write it. */
function fieldsOf(schema: z.ZodTypeAny, prefix = ''): { path: string; required: boolean }[] {
  const object = unwrap(schema);
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as z.ZodRawShape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    return [{ path, required: !field.isOptional() }, ...fieldsOf(field, `${path}.`)];
  });
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema.removeDefault());
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return schema;
}

/** The doc comment of every property of the `z.object({ … })` literals in the const `name`, by dotted path. */
function docComments(source: string, name: string): Map<string, string> {
  const file = ts.createSourceFile(source, readFileSync(join(projectRoot, source), 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  const visitObject = (literal: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const path = `${prefix}${property.name.getText(file)}`;
      const doc = ts
        .getJSDocCommentsAndTags(property)
        .map((node) => (ts.isJSDoc(node) ? ts.getTextOfJSDocComment(node.comment) : undefined))
        .filter(Boolean)
        .join(' ');
      if (doc) out.set(path, doc.replace(/\s+/g, ' ').trim());
      const nested = findObjectLiteral(property.initializer);
      if (nested) visitObject(nested, `${path}.`);
    }
  };
  file.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === name && node.initializer) {
      const literal = findObjectLiteral(node.initializer);
      if (literal) visitObject(literal, '');
    }
    node.forEachChild(find);
  });
  return out;
}

/** The object literal passed to the first `z.object(…)` (or `.extend(…)`) inside an expression. */
function findObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (
      ts.isCallExpression(n) &&
      /\.(object|extend)$/.test(n.expression.getText()) &&
      n.arguments[0] &&
      ts.isObjectLiteralExpression(n.arguments[0])
    ) {
      found = n.arguments[0];
      return;
    }
    n.forEachChild(visit);
  };
  visit(node);
  return found;
}

/** The reference as Markdown, one table per schema. */
export function referenceMarkdown(docs: readonly SchemaDoc[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const sections = docs.map((d) =>
    [
      `## ${d.title}`,
      '',
      `Defined in \`${d.source}\`.`,
      '',
      '| Field | Required | What it is |',
      '| --- | --- | --- |',
      ...d.fields.map((f) => `| \`${f.path}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.doc ?? '(undocumented)')} |`),
    ].join('\n'),
  );
  return [
    '# Content reference',
    '',
    'Every field a maintainer writes, generated from the doc comments of the zod schemas that check them.',
    "Do not edit by hand: change the schema's doc comment, then run",
    '`UPDATE_REFERENCE=1 npx vitest run test/docs/reference.test.ts`. A test fails when this file is out of date or',
    'a field has no doc comment.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
