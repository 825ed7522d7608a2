import english from '../../content/i18n/en.json';

/**
 * Facts about the site itself, used by the page shell, feeds and social cards: its name (after each page title) and one
 * sentence for the home page and link previews, in English. They are the site's words (`site.name`, `site.description`
 * in content/i18n/en.json), where each translation has its own.
 */
export const site = { name: english['site.name'], description: english['site.description'] } as const;
