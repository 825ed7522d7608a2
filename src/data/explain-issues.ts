import { z } from 'zod';

/** One thing wrong with a value, where it is (dotted, e.g. `show.0`; empty for the value itself) and why. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * Every issue zod found, as a path and a message a maintainer can act on. An unknown key is named with the nearest
 * valid key suggested (`perod` → did you mean `period`?) and the list of valid keys.
 */
export function explainIssues(schema: z.ZodTypeAny, error: z.ZodError): Problem[] {
  // One problem per field: a value that is not a date at all need not also be told it is not a real date.
  const seen = new Set<string>();
  const issues = error.issues.filter(
    (issue) => issue.code === 'unrecognized_keys' || (!seen.has(issue.path.join('.')) && seen.add(issue.path.join('.'))),
  );
  return issues.flatMap((issue): Problem[] => {
    const at = issue.path.join('.');
    if (issue.code === 'invalid_type') return [{ path: at, message: typeMessage(issue) }];
    if (issue.code !== 'unrecognized_keys') return [{ path: at, message: issue.message }];
    const valid = Object.keys(shapeAt(schema, issue.path) ?? {});
    return issue.keys.map((key) => {
      const near = nearest(key, valid);
      const hint = near ? `did you mean "${near}"? ` : '';
      return { path: at ? `${at}.${key}` : key, message: `is not a known key; ${hint}the keys are: ${valid.join(', ')}` };
    });
  });
}

/** Plain words for zod's "Expected number, received string", keeping a schema's own message where it set one. */
function typeMessage(issue: z.ZodInvalidTypeIssue & { message: string }): string {
  if (!/^(Expected|Required)/.test(issue.message)) return issue.message;
  if (issue.received === 'undefined') return 'is missing';
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  };
  return `must be ${names[issue.expected] ?? issue.expected}, not ${names[issue.received] ?? issue.received}`;
}

/** The object shape a path leads to inside a schema, looking through optional, default, refine and arrays. */
function shapeAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): z.ZodRawShape | undefined {
  let current: z.ZodTypeAny = schema;
  for (let i = 0; ; i++) {
    current = unwrap(current);
    if (i === path.length) return current instanceof z.ZodObject ? (current.shape as z.ZodRawShape) : undefined;
    const step = path[i]!;
    if (current instanceof z.ZodObject && typeof step === 'string') current = (current.shape as z.ZodRawShape)[step]!;
    else if (current instanceof z.ZodArray && typeof step === 'number') current = current.element as z.ZodTypeAny;
    else return undefined;
    if (!current) return undefined;
  }
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema.removeDefault());
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return schema;
}

/** The candidate closest to `word` by edit distance, when it is close enough to be a plausible typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
