/**
 * What a person is, as pages show it beside their name: from a title (`Chief Executive`,
 * `Hungarian Prime Minister`) or an apposition (`Jane Moss, the council's leader`), never from
 * a fragment that merely stands next to a name (`Ruiz, second set down,`), a bare honorific
 * (`Mr`, `Cllr`), a number or a relative clause (`who phoned the police`).
 */
import { isOfficeHead, isPersonHead } from '../grammar/heads.ts';
import { headOf } from '../grammar/phrases.ts';
import { ADVERBS, CLAUSE_OPENERS, HONORIFICS } from '../lexicon/index.ts';

const bare = (word: string) => word.toLowerCase().replace(/\.$/u, '');

/**
 * The words of a title without what only stands beside it: a sentence's opening word
 * (`Meanwhile Cape Town mayor`) and an honorific that belongs to the name after it
 * (`Opposition MP Professor`), so long as a role is left (`Assistant Professor` stays whole).
 */
function trimmedRoleWords(words: string[]): string[] {
  const trimmed = [...words];
  while (trimmed.length > 1 && (CLAUSE_OPENERS.has(bare(trimmed[0]!)) || ADVERBS.has(bare(trimmed[0]!)))) {
    trimmed.shift();
  }
  while (trimmed.length > 1) {
    const last = trimmed.at(-1)!;
    const restHead = headOf(trimmed.slice(0, -1).join(' '));
    const restIsRole = isPersonHead(restHead) || isOfficeHead(restHead);
    if (!/^\p{Lu}/u.test(last) || !HONORIFICS.has(bare(last)) || !restIsRole) break;
    trimmed.pop();
  }
  return trimmed;
}

/** The role a title or an apposition gives, cleaned of a trailing relative clause; null if it gives none. */
export function roleFrom(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = text
    .replace(/,?\s+(?:who|whom|whose|which|that|where|when)\b.*$/su, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!cleaned || /^(?:who|whom|whose|which|that|where|when)\b/iu.test(cleaned)) return null;
  const words = trimmedRoleWords(cleaned.split(' '));
  const role = words.join(' ');
  // `Mr`, `Dr`, `Cllr`, `Sen.`: honorifics are not a role.
  if (words.every((word) => HONORIFICS.has(bare(word)) && !isOfficeHead(word.toLowerCase()))) {
    return null;
  }
  if (words.length > 12 || /^(?:of|at|from|in|on|for|with|by)\b/iu.test(role)) return null;
  const head = headOf(role);
  // `the Guardian`: a capitalised head after a determiner is a name, not a role.
  const written = words.find((word) => word.toLowerCase().replace(/['’]s$/u, '') === head);
  if (/^(?:the|a|an|his|her|their|its)\s/iu.test(role) && written && /^\p{Lu}/u.test(written)) return null;
  return isPersonHead(head) || isOfficeHead(head) ? role : null;
}
