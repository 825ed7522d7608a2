import type { AstroIntegration } from 'astro';
import { checkContent } from './check-content.ts';
import { contentReport } from './content-report.ts';
import { translationTable } from '../i18n/translation-check.ts';

/**
 * An Astro integration that checks all the content before anything is built (see check-content.ts) and, on
 * `astro build`, `astro check` or `astro sync`, stops with every mistake listed, one a line, with no stack trace.
 * In `astro dev` it lists them and carries on, so the page shows the error of the file being edited. A build also
 * prints a table of the chapters with how each one's Russian translation stands.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const { errors, skipped, translations } = await checkContent(config.root);
        if (translations && command === 'build') logger.info(`The Russian edition's chapters and translated pages:\n${translationTable(translations)}`);
        if (errors.length === 0) return;
        logger.error(contentReport(errors, skipped));
        if (command !== 'dev') process.exit(1);
      },
    },
  };
}
