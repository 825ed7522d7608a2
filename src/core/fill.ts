/** A placeholder: a name in camelCase between braces, "{month}", "{publisher}". */
export const placeholder = /\{([a-z][a-zA-Z]*)\}/g;

/** The placeholders a template names, sorted: "Monthly reach, {month}" → ["month"]. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholder)].map((m) => m[1]!).sort();
}

/** A template with its placeholders filled; throws when a placeholder has no value, so no "{month}" reaches a page. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the words "${template}" name {${name}}, which the chart does not fill`);
    return String(value);
  });
}
