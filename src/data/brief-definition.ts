/**
 * A definition's first sentence, for a list with little room (a handout's key terms): the sentence ends at ".", "!" or
 * "?" followed by a space and a capital or an opening quote. It is the definition's own words, never reworded; a
 * definition of one sentence is returned whole.
 */
export function briefDefinition(definition: string): string {
  return definition.trim().split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ“"«])/u)[0]!;
}
