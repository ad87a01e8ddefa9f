/**
 * `npm run eval:quotes`: scores quote extraction against the hand-labelled gold set
 * (tests/fixtures/quotes): precision and recall of (quote, speaker), per article, per sieve and
 * overall. `--verbose` lists every quote of the articles that miss.
 */
import { loadGold, renderGold, score, scoreBySieve, scoreBySpeakerSieve } from '../tests/support/gold.ts';

const verbose = process.argv.includes('--verbose');
const results = loadGold({ seeds: true }).map((gold) => ({ gold, rendered: renderGold(gold) }));
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

console.log(
  '\nBy sieve (quote → mention): precision of the speakers it gave; recall of the quotes the gold says it should decide',
);
console.log(
  `${'sieve'.padEnd(20)} ${'named'.padStart(6)} ${'right'.padStart(6)} ${'P'.padStart(7)} ${'labelled'.padStart(9)} ${'R'.padStart(7)}`,
);
for (const row of scoreBySieve(results)) {
  const recall = row.labelled === 0 ? '–' : percent(row.labelledRight / row.labelled);
  const precision = row.named === 0 ? '–' : percent(row.right / row.named);
  console.log(
    `${row.sieve.padEnd(20)} ${String(row.named).padStart(6)} ${String(row.right).padStart(6)} ${precision.padStart(7)} ${String(row.labelled).padStart(9)} ${recall.padStart(7)}`,
  );
}

console.log('\nBy sieve (mention → speaker, `speakerResolvedBy`): precision of the speakers each gave');
console.log(`${'sieve'.padEnd(20)} ${'named'.padStart(6)} ${'right'.padStart(6)} ${'P'.padStart(7)}`);
for (const row of scoreBySpeakerSieve(results)) {
  const precision = row.named === 0 ? '–' : percent(row.right / row.named);
  console.log(
    `${row.sieve.padEnd(20)} ${String(row.named).padStart(6)} ${String(row.right).padStart(6)} ${precision.padStart(7)}`,
  );
}

const total = score(results);
console.log(
  `\nAll ${results.length} articles: ${total.counts.gold} gold quotes, ${total.counts.found} found; ` +
    `detection P ${percent(total.detectionPrecision)} R ${percent(total.detectionRecall)}; ` +
    `(quote, speaker) P ${percent(total.precision)} R ${percent(total.recall)} ` +
    `(${total.counts.correctPairs} correct of ${total.counts.claimedPairs} claimed, ${total.counts.goldPairs} in gold)`,
);
