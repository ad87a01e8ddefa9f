/**
 * `npm run eval:quotes`: scores quote extraction against the hand-labelled gold set
 * (tests/fixtures/quotes): precision and recall of (quote, speaker), per article and overall.
 */
import { loadGold, renderGold, score } from '../tests/support/gold.ts';

const verbose = process.argv.includes('--verbose');
const results = loadGold().map((gold) => ({ gold, rendered: renderGold(gold) }));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
for (const result of results) {
  const s = score([result]);
  const flag = s.precision < 1 || s.recall < 1 || s.detectionRecall < 1 || s.detectionPrecision < 1 ? '  ✗' : '';
  console.log(
    `${result.gold.name.padEnd(70)} quotes ${s.counts.found}/${s.counts.gold}  P ${percent(s.precision)}  R ${percent(s.recall)}${flag}`,
  );
  if (verbose && flag) {
    for (const quote of result.rendered.quotes) {
      const who = quote.speaker?.id ?? `(none${quote.attribution ? `: ${quote.attribution}` : ''})`;
      console.log(
        `    found  ${who.padEnd(28)} ${quote.resolvedBy}/${quote.cue ?? '-'}/${quote.mention ?? '-'}  “${quote.text.slice(0, 60)}”`,
      );
    }
    for (const quote of result.gold.quotes)
      console.log(`    gold   ${(quote.speaker ?? '(none)').padEnd(28)} “${quote.starts}”`);
  }
}
const total = score(results);
console.log(
  `\nAll ${results.length} articles: ${total.counts.gold} gold quotes, ${total.counts.found} found; ` +
    `detection P ${percent(total.detectionPrecision)} R ${percent(total.detectionRecall)}; ` +
    `(quote, speaker) P ${percent(total.precision)} R ${percent(total.recall)} ` +
    `(${total.counts.correctPairs} correct of ${total.counts.claimedPairs} claimed, ${total.counts.goldPairs} in gold)`,
);
