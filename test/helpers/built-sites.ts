import { distDir, siteRoot } from './paths.ts';
import { previewAddress } from '../../src/build/site/site-address.ts';
import { severalStoriesAddress, severalStoriesSite } from './several-stories-site.ts';

/** A built copy of the project: its folder (content/ and the rest) and its dist/. */
export interface BuiltSite {
  readonly name: string;
  readonly root: string;
  readonly dist: string;
  /** The path it is built for, which every link on it starts with: "/" for the site, "/explainer/" for the copy. */
  readonly base: string;
  /** The absolute address it is built for: the local preview's for the site, a publisher's for the copy. */
  readonly address: string;
  /** A link as the site prints it, for a path of the site ("/chapters/x/" → "/explainer/chapters/x/"). */
  readonly href: (path: string) => string;
  /** The path of the site a printed link's path names ("/explainer/chapters/x/" → "/chapters/x/"); throws outside the base. */
  readonly pathOf: (pathname: string) => string;
}

function builtSite(name: string, root: string, dist: string, base: string, address: string): BuiltSite {
  return {
    name,
    root,
    dist,
    base,
    address,
    href: (path) => base + path.replace(/^\//, ''),
    pathOf: (pathname) => {
      if (!pathname.startsWith(base)) throw new Error(`${name}: ${pathname} is outside the site's base ${base}`);
      return `/${pathname.slice(base.length)}`;
    },
  };
}

/**
 * Every site the test run builds whole (test/global-setup.ts): the project itself and the copy with a sixth chapter of
 * several stories (test/helpers/several-stories-site.ts). The build-output tests that derive chapters, stories and
 * steps from the content run over each (describe.each), so that none of them may assume today's chapters, charts or
 * one story per chapter. Throws, with the build's output, when the copy did not build.
 */
export function builtSites(): BuiltSite[] {
  const copy = severalStoriesSite();
  return [
    builtSite('the site', siteRoot, distDir, '/', previewAddress),
    builtSite(
      'the copy with a sixth chapter of several stories, built for a path',
      copy.root,
      copy.dist,
      copy.base,
      severalStoriesAddress.site,
    ),
  ];
}
