import english from '../../content/i18n/en.json';

/**
 * Facts about the site itself, in English, for what has no edition of its own (the English About
 * page): its name and one sentence that describes it. They are the site's words (`site.name`, `site.description`
 * in content/i18n/en.json), where each translation has its own.
 */
export const site = { name: english['site.name'], description: english['site.description'] } as const;
