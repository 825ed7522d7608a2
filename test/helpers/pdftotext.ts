import { execFileSync } from 'node:child_process';

/** Whether poppler's `pdftotext` is installed (.ci/run installs `poppler-utils`). */
const installed = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Why a PDF's text cannot be read here, or undefined when it can. Under CI=true a missing pdftotext is an error. */
export function pdftotextSkipReason(): string | undefined {
  if (installed) return undefined;
  const reason = 'no pdftotext found: install it with `apt-get install poppler-utils`';
  if (process.env.CI === 'true') throw new Error(`CI=true requires the PDF check, but ${reason}`);
  return reason;
}

/** The text of a PDF, in reading order, as poppler extracts it: what a reader copies or searches. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 }).toString();
