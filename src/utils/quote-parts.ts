/**
 * The ids of a quote's parts in the article's HTML. A quote split by narration (“We won,” she
 * said, “and we will win again.”) or running over paragraphs is several spans: the first carries
 * the quote's id, the others `<id>~2`, `<id>~3`… (`~` never occurs in a quote id, so no part
 * can be mistaken for another quote). Search results for any part open the quote itself.
 */
const PART = /~\d+$/;

export const quotePartId = (quoteId: string, index: number): string =>
  index === 0 ? quoteId : `${quoteId}~${index + 1}`;

export const quoteIdOfPart = (partId: string): string => partId.replace(PART, '');

/** What a quote without a speaker is filed under in search results and the index. */
export const NOT_ATTRIBUTED = 'Not attributed';
