/**
 * The content check: what an editor can get wrong in content/ and the one line that says so,
 * with the file, the line or field, and the fix.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { folderWith, tempFolder } from '../support/temp-folder.ts';

const article = (extra = '') =>
  `---\ntitle: 'A story'\nsource:\n  name: Outlet\n  url: https://example.com/a\n${extra}---\n\nBody.\n`;

/** A content folder with these files (paths under it → text), and an `articles/` folder. */
const content = (files: Record<string, string>): string =>
  folderWith('content-check', { 'articles/.keep': '', ...files });

describe('content check', () => {
  it('passes good content, .md and .markdown in any letter case', () => {
    const root = content({
      'articles/one.md': article(),
      'articles/two.MD': article(),
      'articles/three.Markdown': article(),
    });
    expect(checkContent(root)).toEqual({ problems: [], warnings: [] });
  });

  it('refuses a day that does not exist, written unquoted, with its line', () => {
    const { problems } = checkContent(content({ 'articles/story.md': article('published: 2025-02-30\n') }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/articles\/story\.md:6: published: 2025-02-30 is not a day that exists/);
  });

  it('refuses file names that do not make clean addresses, with a name that would', () => {
    const { problems } = checkContent(
      content({
        'articles/a#b.md': article(),
        'articles/what?.md': article(),
        'articles/percent%20x.md': article(),
        'articles/My Article.md': article(),
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain("articles/My Article.md: the file name is the page's address");
    expect(problems.join('\n')).toContain('e.g. my-article.md');
    for (const problem of problems) expect(problem).toMatch(/Rename it with letters, digits and hyphens only/);
  });

  it('refuses two names that are one address where letter case is ignored', () => {
    const { problems } = checkContent(content({ 'articles/Foo.md': article(), 'articles/foo.md': article() }));
    expect(problems).toEqual([expect.stringMatching(/articles\/foo\.md and .*articles\/Foo\.md get the same address/)]);
  });

  it('names, in one warning, the files of articles/ that are not read', () => {
    const { problems, warnings } = checkContent(
      content({ 'articles/story.md': article(), 'articles/notes.txt': 'x', 'articles/photo.png': 'x' }),
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/not Markdown \(\.md or \.markdown\): notes\.txt, photo\.png$/)]);
  });

  it('refuses a content folder with no articles, or none at all', () => {
    expect(checkContent(content({})).problems).toEqual([
      expect.stringMatching(/articles: no articles\. Add at least one \.md file/),
    ]);
    const empty = tempFolder('content-check');
    expect(checkContent(empty).problems).toEqual([expect.stringMatching(/no articles\/ folder here/)]);
  });

  it('refuses two people files with the same name, naming both', () => {
    const { problems } = checkContent(
      content({
        'articles/story.md': article(),
        'people/ana-ruiz.md': "---\nname: 'Ana Ruiz'\n---\n",
        'people/ruiz.md': "---\nname: 'ana ruiz'\n---\n",
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/people\/ruiz\.md: has the same name as .*people\/ana-ruiz\.md/)]);
  });

  it('reports schema and YAML errors at their line, with no internal prefix', () => {
    const { problems } = checkContent(
      content({
        'articles/story.md': article('sumary: x\n'),
        'articles/broken.md': "---\ntitle: 'A story\nsource: x\n---\n",
        'people/jo.md': "---\nname: Jo\nurl: 'javascript:alert(1)'\n---\n",
      }),
    );
    expect(problems).toContainEqual(expect.stringMatching(/articles\/story\.md:6: Unknown field "sumary"/));
    expect(problems).toContainEqual(
      expect.stringMatching(/articles\/broken\.md:\d+: the frontmatter is not valid YAML/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/people\/jo\.md:3: url must be an absolute http/));
    for (const problem of problems) expect(problem).not.toMatch(/:0:|\*\*\*|Error:|\n/);
  });
});
