/** Site path of a chapter's presentation: its steps as full-screen slides (pass it through `url` or `absoluteUrl`). */
export const presentPath = (slug: string) => `/present/${slug}/`;
