/** <copy-text>'s words in every language, by its code ("en", "ru"): src/build/site/copy-words.ts. */
declare module 'virtual:copy-words' {
  const words: Readonly<Record<string, import('../../core/copy-words.ts').CopyWords>>;
  export default words;
}
