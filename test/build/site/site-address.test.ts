import { describe, expect, it } from 'vitest';
import { previewAddress, siteAddress } from '../../../src/build/site/site-address.ts';

describe('siteAddress', () => {
  it('takes SITE_URL first, with one slash at the end however it was written', () => {
    expect(siteAddress({ SITE_URL: 'https://example.github.io/explainer', URL: 'https://x.netlify.app', NETLIFY: 'true' })).toEqual({
      href: 'https://example.github.io/explainer/',
      from: 'SITE_URL',
    });
    expect(siteAddress({ SITE_URL: 'https://a.org/b//' }).href).toBe('https://a.org/b/');
  });

  it("takes the host's main address when SITE_URL is unset: Netlify's URL (only on Netlify), Vercel's, Render's", () => {
    expect(siteAddress({ NETLIFY: 'true', URL: 'https://my-site.netlify.app' })).toEqual({
      href: 'https://my-site.netlify.app/',
      from: 'URL (Netlify)',
    });
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'my-site.vercel.app' }).href).toBe('https://my-site.vercel.app/');
    expect(siteAddress({ RENDER_EXTERNAL_URL: 'https://my-site.onrender.com' }).href).toBe('https://my-site.onrender.com/');
    // A variable named URL elsewhere says nothing about the site.
    expect(siteAddress({ URL: 'https://unrelated.org/' }).from).toBe('default');
  });

  it('falls back to the address npm start serves, with a warning that names SITE_URL', () => {
    const address = siteAddress({});
    expect(address.href).toBe(previewAddress);
    expect(address.warning).toMatch(/^SITE_URL is not set, .* point at http:\/\/127\.0\.0\.1:4321\/, where `npm start` serves it/);
    expect(siteAddress({ SITE_PREVIEW_URL: 'http://localhost:8080/' }).href).toBe('http://localhost:8080/');
    expect(siteAddress({ SITE_URL: '' }).from).toBe('default');
  });

  it('refuses an address that is not an http(s) URL, naming the variable', () => {
    expect(() => siteAddress({ SITE_URL: 'example.org/explainer' })).toThrow(/^SITE_URL is "example.org\/explainer", which is not a URL/);
    expect(() => siteAddress({ RENDER_EXTERNAL_URL: 'ftp://a.org/' })).toThrow(
      /^RENDER_EXTERNAL_URL \(Render\) is "ftp:\/\/a.org\/"; the site's address must start with https:\/\//,
    );
  });
});
