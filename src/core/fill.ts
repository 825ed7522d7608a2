/** A placeholder: a name in camelCase between braces, "{month}", "{publisher}". */
export const placeholder = /\{([a-z][a-zA-Z]*)\}/g;

/**
 * A figure the data prints, "{claim:merilo-telegram-failed-2026-03}", "{date:E32}": left alone by `fill`, printed from
 * the data files by src/data/figure-text.ts (`resolvePlaceholders`), which knows its kinds.
 */
export const figurePlaceholder = /\{[a-z]+:[^{}]*\}/g;

/** The placeholders a template names, sorted: "Monthly reach, {month}" → ["month"]. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholder)].map((m) => m[1]!).sort();
}

/** A template with its placeholders filled; throws when a placeholder has no value, so no "{month}" reaches a page. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`the words "${template}" name {${name}}, which their page or chart does not fill`);
    return String(value);
  });
}

/**
 * A template cut at its placeholders, for a page that puts an element where a placeholder is (a link inside a
 * sentence): "Every figure links to its {sources}." → ["Every figure links to its ", { name: "sources" }, "."]. A
 * placeholder given a value in `values` is filled in, as `fill` does; one named in `elements` is left for the page;
 * any other throws, as in `fill`.
 */
export function templateParts(
  template: string,
  values: Readonly<Record<string, string | number>>,
  elements: readonly string[],
): (string | { readonly name: string })[] {
  const parts: (string | { name: string })[] = [];
  let at = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > at) parts.push(template.slice(at, match.index));
    const name = match[1]!;
    if (Object.hasOwn(values, name)) parts.push(String(values[name]));
    else if (elements.includes(name)) parts.push({ name });
    else throw new Error(`the words "${template}" name {${name}}, which their page does not fill`);
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}
