import { nbsp } from '../../core/locale.ts';

/**
 * The rules of Russian typography the Russian edition follows (issue 25), as a lint over the text a reader sees. Each
 * finding names its rule and quotes the text around the mistake, so that a maintainer can find it.
 *
 * - Quotes are «» outside and „“ inside: never "straight", “English” or ‘single’ ones.
 * - A decimal comma: "97,3", never "97.3".
 * - A four-digit number, a year above all, is never grouped: "2025", never "2 025".
 * - A no-break space before a dash: "2025 г. – 2026", never a plain space.
 * - A day and its month, a month and its year, a year and "г.", a number and its unit are joined by no-break spaces:
 *   "13 августа 2025 г.", "97,3 млн".
 */
export interface TypographyFinding {
  readonly rule: string;
  /** The text around the mistake, with no-break spaces shown as "⍽". */
  readonly at: string;
}

interface Rule {
  readonly rule: string;
  readonly pattern: RegExp;
  /** Whether the match at `index` is allowed after all. */
  readonly allows?: (text: string, index: number) => boolean;
}

const months = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
/** A plain (breaking) space: where a no-break space belongs, this is the mistake. */
const plain = '[ \\t\\n]';

/** A “ is the closing mark of an inner quote when a „ opened before it and is not yet closed. */
const closesInner = (text: string, index: number) => {
  const before = text.slice(0, index);
  return text[index] === '“' && before.lastIndexOf('„') > before.lastIndexOf('“');
};

const rules: readonly Rule[] = [
  { rule: 'quotes are «» outside and „“ inside, never straight ones', pattern: /"/g },
  { rule: 'quotes are «» outside and „“ inside, never English or single ones', pattern: /[“”‘’]/g, allows: closesInner },
  { rule: 'a decimal comma, never a decimal point', pattern: /\d\.\d/g },
  { rule: 'a four-digit number is never grouped', pattern: /(?<![\d,.])\d[ \u00a0\u202f]\d{3}(?!\d|[ \u00a0\u202f]\d{3})/g },
  { rule: 'a no-break space before a dash', pattern: new RegExp(`\\S${plain}[–—]`, 'g') },
  { rule: 'a no-break space between a day and its month', pattern: new RegExp(`\\b\\d{1,2}${plain}(?:${months})`, 'g') },
  { rule: 'a no-break space between a month and its year', pattern: new RegExp(`(?:${months})${plain}\\d{4}\\b`, 'g') },
  { rule: 'a no-break space between a year and "г."', pattern: new RegExp(`\\d{4}${plain}г\\.`, 'g') },
  { rule: 'a no-break space between a number and its unit', pattern: new RegExp(`\\d${plain}(?:млн|млрд|тыс\\.|%)`, 'g') },
];

/** Where `text`, which a Russian page shows, breaks the rules above. Web and e-mail addresses are left alone. */
export function russianTypography(text: string): TypographyFinding[] {
  // Blanked out, not removed, so that every index still points into `text`.
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, (address) => ' '.repeat(address.length));
  return rules.flatMap(({ rule, pattern, allows }) =>
    [...prose.matchAll(pattern)]
      .filter((match) => !allows?.(prose, match.index))
      .map((match) => ({
        rule,
        at: text.slice(Math.max(0, match.index - 15), match.index + match[0].length + 15).replaceAll(nbsp, '⍽'),
      })),
  );
}
