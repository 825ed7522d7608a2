import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The site the build-output tests check: this project, or the fixture copy named by TEST_SITE_ROOT (the fixture
 * build in test/site/more-chapters.test.ts runs the same tests on a copy with an extra chapter).
 */
export const siteRoot = process.env.TEST_SITE_ROOT ?? projectRoot;

/** The built site. */
export const distDir = join(siteRoot, 'dist');
