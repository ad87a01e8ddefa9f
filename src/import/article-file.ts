/**
 * The file an imported article becomes: its name from the headline (an address `npm run
 * check:content` accepts: letters, digits and hyphens), and its text, frontmatter then body.
 */

export interface ImportedFrontmatter {
  title: string;
  source: { name: string; url: string };
  published?: string | undefined;
  summary?: string | undefined;
}

/** Longest file name, in characters, before the headline is cut at a word. */
const MAX_NAME = 70;

/** `Talks stall as “both sides dig in”` → `talks-stall-as-both-sides-dig-in`; `article` when no Latin letter is left. */
export function articleFileName(headline: string): string {
  const ascii = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_NAME) return ascii || 'article';
  const cut = ascii.slice(0, MAX_NAME + 1);
  return cut.slice(0, cut.lastIndexOf('-')).replace(/-+$/, '') || ascii.slice(0, MAX_NAME);
}

/** A YAML scalar: JSON's double-quoted string is valid YAML, with every character kept. */
const scalar = (value: string) => JSON.stringify(value);

export function articleFileText(frontmatter: ImportedFrontmatter, body: string): string {
  const lines = [
    '---',
    `title: ${scalar(frontmatter.title)}`,
    'source:',
    `  name: ${scalar(frontmatter.source.name)}`,
    `  url: ${scalar(frontmatter.source.url)}`,
    ...(frontmatter.published ? [`published: ${frontmatter.published}`] : []),
    ...(frontmatter.summary ? [`summary: ${scalar(frontmatter.summary)}`] : []),
    '---',
    '',
    '',
  ];
  return `${lines.join('\n')}${body.trim()}\n`;
}
