import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/site.ts';
import { builtPages } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1];
const directives = (policy: string) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));

describe('security headers (dist/_headers)', () => {
  it('sends the same Content-Security-Policy as the pages, plus frame-ancestors', () => {
    expect(header('Content-Security-Policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it.each([
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ])('sends %s: %s', (name, value) => expect(header(name)).toBe(value));

  it('turns off camera, microphone and geolocation', () => {
    const policy = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`);
  });
});

describe('the Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy);
  it('allows scripts from this origin only, never inline or eval', () => {
    expect(csp['script-src']).toBe("'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it.each(builtPages().map((p) => [p.path, p] as const))('is in %s, which has no inline script or event handler', (_path, page) => {
    expect(page.$('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(contentSecurityPolicy);
    const inline = page.$('script:not([src])').not('[type="application/json"]');
    expect(inline.length).toBe(0);
    const handlers = page.$('*').toArray().flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)));
    expect(handlers).toEqual([]);
    expect(page.$('[style]').length).toBe(0);
    expect(page.$('style').length).toBe(0);
  });
});
