import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The site the tests check: this project, or an already built copy named by TEST_SITE_ROOT (then the global setup
 * builds nothing; see test/global-setup.ts). test/helpers/built-sites.ts adds the copy with a sixth chapter.
 */
export const siteRoot = process.env.TEST_SITE_ROOT ?? projectRoot;

/** The built site. */
export const distDir = join(siteRoot, 'dist');
