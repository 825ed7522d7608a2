import { HtmlValidate } from 'html-validate';

/**
 * html-validate with its recommended rules, as every built page must pass them, but the rules `off` names: checks a
 * built file and gives its errors, one line each ("line:column rule: message").
 */
export function htmlErrors(off: readonly string[] = []): (file: string) => Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: Object.fromEntries(off.map((rule) => [rule, 'off' as const])),
  });
  return async (file) =>
    (await validator.validateFile(file)).results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
