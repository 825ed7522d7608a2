/** Facts about the site itself, used by the page shell, feeds and social cards. */
export const site = {
  /** The site's name, after each page title. */
  name: 'Russia’s digital sovereignty, explained',
  /** One sentence for the home page and link previews. */
  description:
    'How Russia moved from blocking single websites to restricting WhatsApp and Telegram calls, and what its “digital sovereignty” push builds in their place.',
} as const;
