import { expect } from 'vitest';

/** Calls `fn` with `args` and checks that none of the arguments changed: the "does not mutate its input" test. */
export function expectLeavesInputsAlone<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
  const before = structuredClone(args);
  fn(...args);
  expect(args).toEqual(before);
}
