import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { personSchema } from '../../src/schemas/person.ts';

const minimal = { title: 'A title', source: { name: 'News.Az', url: 'https://news.az/news/x' } };

function messages(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter schema', () => {
  it('accepts the required fields alone', () => {
    expect(articleSchema.parse(minimal)).toEqual(minimal);
  });

  it('keeps a YAML date as the same calendar day', () => {
    const parsed = articleSchema.parse({ ...minimal, published: new Date('2025-03-06T00:00:00Z') });
    expect(parsed.published).toBe('2025-03-06');
    expect(articleSchema.parse({ ...minimal, published: '2025-03-06' }).published).toBe('2025-03-06');
  });

  it('names a misspelled field and lists the allowed ones', () => {
    expect(messages({ ...minimal, sumary: 'x' })).toEqual([
      ': Unknown field "sumary": the allowed fields are title, source, published, summary. Check its spelling.',
    ]);
  });

  it('names each missing required field', () => {
    expect(messages({ source: minimal.source })).toEqual(['title: title is required (text)']);
    expect(messages({ title: 'x' })).toEqual(['source: source is required (a name and a url)']);
    expect(messages({ title: 'x', source: { name: 'X' } })).toEqual([
      'source.url: source.url is required: the address of the original article',
    ]);
  });

  it('rejects a relative source URL, one that is not http(s), and an impossible date', () => {
    for (const url of ['/news/x', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expect(messages({ ...minimal, source: { name: 'X', url } }), url).toEqual([
        'source.url: source.url must be an absolute http:// or https:// address, e.g. https://example.com/story',
      ]);
    }
    expect(messages({ ...minimal, published: '6 March 2025' })).toEqual([
      'published: must be a calendar day written as YYYY-MM-DD, e.g. 2025-03-06',
    ]);
  });
});

describe('registry links', () => {
  it('take only http(s) addresses, for people and organisations alike', () => {
    for (const schema of [personSchema, organisationSchema]) {
      expect(schema.safeParse({ name: 'A', url: 'https://example.org/a' }).success).toBe(true);
      const refused = schema.safeParse({ name: 'A', url: 'javascript:alert(1)' });
      expect(refused.success).toBe(false);
      expect(refused.error?.issues[0]?.message).toContain('must be an absolute http:// or https:// address');
    }
  });
});
