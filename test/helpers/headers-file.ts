/**
 * Reads a `_headers` file as Cloudflare Pages does (Netlify's format is the same, without detaching): a rule is a
 * path pattern (`*` matches anything) followed by indented `Name: value` lines; every rule whose pattern matches a
 * path applies, in file order, and an indented `! Name` removes a header an earlier rule set.
 */
export interface HeaderRule {
  readonly pattern: RegExp;
  readonly set: readonly [string, string][];
  readonly detach: readonly string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: RegExp; set: [string, string][]; detach: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rule.detach.push(detach[1]!.toLowerCase());
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`_headers: cannot read "${line}"`);
    rule.set.push([match[1]!.toLowerCase(), match[2]!.trim()]);
  }
  return rules;
}

/** The headers a host sends for `path`: each header name maps to every value it is sent with. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}
