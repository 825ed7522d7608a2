import type { Page } from 'playwright-core';

/**
 * The text in `main` that takes no space, and so cannot be read: the first 40 characters of each paragraph, list item,
 * heading or quote whose box has no height (those inside `details`, the live graphic and screen-reader text aside,
 * and a step's "Chapter 4 · step 4 of 8" line, shown only on the step a link lands on).
 */
export function hiddenText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main p, main li, main h1, main h2, main h3, main blockquote')]
      .filter((el) => !el.closest('details, figure[data-chart], .visually-hidden, .step__context'))
      .filter((el) => el.textContent!.trim() && el.getBoundingClientRect().height === 0)
      .map((el) => el.textContent!.trim().slice(0, 40)),
  );
}
