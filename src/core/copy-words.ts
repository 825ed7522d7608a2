/** The words of <copy-text> (copy-text.ts), in the page's language: `{what}` is what a button copies. */
export interface CopyWords {
  /** "Copy", on each button. */
  readonly button: string;
  /** "Copy {what}", each button's name. */
  readonly label: string;
  /** "Link copied". */
  readonly link: string;
  /** "Copied {what}". */
  readonly done: string;
  /** What to do when the clipboard is refused and the text is selected instead. */
  readonly selected: string;
  /** "[date]": where a citation's access date goes, for the reader to fill in; a copy puts in the day of copying. */
  readonly date: string;
}
