/**
 * `node scripts/checks/check-html.ts [dist]`: every built page against html-validate's
 * recommended rules (configured in `.htmlvalidate.json`).
 */
import { type ConfigData, HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../../src/utils/site-files.ts';
import { report } from './report.ts';

/** The project's rules, wherever the pages are (a test's temporary folder included). */
const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;

export async function checkHtml(root: string): Promise<string[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: string[] = [];
  for (const file of htmlFiles(root)) {
    const result = await validator.validateFile(path.join(root, file));
    for (const message of result.results.flatMap((r) => r.messages)) {
      problems.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  return problems;
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  report('HTML', await checkHtml(root), `${htmlFiles(root).length} pages validated`);
}
