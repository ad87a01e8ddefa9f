/**
 * Finds the quotation marks of a block of text and pairs them, telling apostrophes
 * (“He’s”, “Israel’s”, “students' union”) from closing single quotes, and straight
 * marks from curly ones, so that “…‘…’…” and ‘…“…”…’ nest either way round. Typewriter
 * archives' ``…'' (two backticks, two apostrophes) are double quotation marks too.
 */

type Kind = 'double' | 'single';

/** A top-level quotation in one block: offsets of its opening mark and just past its closing mark. */
export interface Span {
  start: number;
  end: number;
  kind: Kind;
  /** False when the block ends before the closing mark (a quote running on into the next paragraph). */
  closed: boolean;
  /** False when the opening mark is missing and `start` is the position before the first quoted word. */
  opener?: boolean;
  /** Characters the opening and closing marks take, when not one each: ``…'' and …,’’ take two. */
  widths?: { open: number; close: number };
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
const ALL_MARKS = new Set([...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...SINGLE_OPEN, ...SINGLE_CLOSE, '"', "'"]);
/** Words that start with an apostrophe standing for dropped letters, not an opening quote. */
const ELISIONS = /^(?:tis|twas|em|n|cause|til|bout|round|d|s)\b/i;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/** May open: something follows, and before it is the start, a space, an opening bracket, a dash or another mark. */
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(after)) return false;
  return before === undefined || /[\s([{\u2014\u2013\-/]/u.test(before) || ALL_MARKS.has(before);
}

/** May close: something precedes, and after it is the end, a space, punctuation or another mark. */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || isSpace(before)) return false;
  return after === undefined || /[\s.,;:!?)\]}\u2014\u2013\-…]/u.test(after) || ALL_MARKS.has(after);
}

export function scanQuotations(text: string): Span[] {
  const spans: Span[] = [];

  const stack: { kind: Kind; start: number; width?: number }[] = [];
  const close = (kind: Kind, i: number, width = 1): boolean => {
    const index = stack.findLastIndex((open) => open.kind === kind);
    if (index === -1) return false;
    // Openers left above it were never closed: they were apostrophes or typos, not quotations.
    const [open] = stack.splice(index);
    if (open && index === 0) {
      const span: Span = { start: open.start, end: i + 1, kind, closed: true };
      if ((open.width ?? 1) !== 1 || width !== 1) span.widths = { open: open.width ?? 1, close: width };
      spans.push(span);
    }
    return true;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // ``: a typewriter's double mark. It opens (closed by '' or by `` again, as archives type
    // both), or closes the typewriter quote that is open.
    if (ch === '`' && text[i + 1] === '`') {
      const typewriterOpen = stack.some((open) => open.kind === 'double' && open.width === 2);
      if (typewriterOpen && canClose(text, i + 1)) close('double', i + 1, 2);
      else if (canOpen(text, i) && !isSpace(text[i + 2])) stack.push({ kind: 'double', start: i, width: 2 });
      i++;
      continue;
    }
    if (!ALL_MARKS.has(ch)) continue;
    const between = isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
    // `…laws,’’ added the statement`: two single marks written for a closing double one.
    const doubled = (SINGLE_CLOSE.has(ch) || ch === "'") && (text[i + 1] === '’' || text[i + 1] === "'");
    const doubleOpen = stack.some((open) => open.kind === 'double');
    const singleOpen = stack.some((open) => open.kind === 'single');
    if (doubled && doubleOpen && !singleOpen && canClose(text, i + 1)) {
      close('double', i + 1, 2);
      i++;
      continue;
    }

    if (DOUBLE_OPEN.has(ch)) stack.push({ kind: 'double', start: i });
    else if (DOUBLE_CLOSE.has(ch)) {
      // Some outlets open with ” as well: a ” that can only open, with nothing open, opens.
      const opensHere = canOpen(text, i) && !canClose(text, i) && !stack.some((open) => open.kind === 'double');
      if (opensHere) stack.push({ kind: 'double', start: i });
      else close('double', i);
    } else if (SINGLE_OPEN.has(ch)) {
      if (canOpen(text, i)) stack.push({ kind: 'single', start: i });
    } else if (SINGLE_CLOSE.has(ch)) {
      // ’ between letters is an apostrophe; after a word it closes only an open single quote.
      if (!between && canClose(text, i)) close('single', i);
    } else if (ch === '"') {
      const opens = canOpen(text, i);
      const closes = canClose(text, i);
      if (closes && stack.some((open) => open.kind === 'double')) close('double', i);
      else if (opens) stack.push({ kind: 'double', start: i });
    } else if (ch === "'") {
      if (between) continue;
      if (canClose(text, i) && stack.some((open) => open.kind === 'single')) close('single', i);
      else if (canOpen(text, i) && isWordChar(text[i + 1]) && !ELISIONS.test(text.slice(i + 1))) {
        stack.push({ kind: 'single', start: i });
      }
    }
  }

  // Only an opener at the bottom of the stack can run on past the block; single marks left open
  // inside it were apostrophes ("the students' union"), and a stray single opener on its own is
  // more often an elision than a quotation.
  const bottom = stack[0];
  if (bottom && (bottom.kind === 'double' || hasLaterWords(text, bottom.start))) {
    spans.push({ start: bottom.start, end: text.length, kind: bottom.kind, closed: false });
  }
  const reopened = bottom ? null : missingOpener(text, spans.at(-1)?.end ?? 0);
  if (reopened) spans.push(reopened);
  return spans;
}

/**
 * A paragraph that ends with a closing mark after a sentence (`… obviously!’`) while no quote is
 * open: its opener is missing (or was swallowed by a run of marks, `this?’’’`), so the words back
 * to the previous quote in the paragraph are quoted.
 */
function missingOpener(text: string, from: number): Span | null {
  const end = text.trimEnd().length;
  const last = text[end - 1];
  if (last === undefined || !(SINGLE_CLOSE.has(last) || DOUBLE_CLOSE.has(last) || last === '"' || last === "'")) {
    return null;
  }
  if (!/[.!?…]/u.test(text[end - 2] ?? '')) return null;
  if (from === 0) return null;
  let start = from;
  while (start < end && /\s/u.test(text[start]!)) start++;
  // A stray mark left over from the quote before stands where the opener should be.
  const opener = ALL_MARKS.has(text[start]!);
  if (!hasLaterWords(text, opener ? start : start - 1)) return null;
  const kind: Kind = DOUBLE_CLOSE.has(last) || last === '"' ? 'double' : 'single';
  return { start, end, kind, closed: true, opener };
}

function hasLaterWords(text: string, start: number): boolean {
  return (
    text
      .slice(start + 1)
      .trim()
      .split(/\s+/).length >= 4
  );
}

/** The quoted words between the marks of a span. */
export function innerText(text: string, span: Span): string {
  const open = span.opener === false ? 0 : (span.widths?.open ?? 1);
  const close = span.closed ? (span.widths?.close ?? 1) : 0;
  return text.slice(span.start + open, span.end - close).trim();
}

/** True when the block starts with an opening mark of the given kind: the sign a quote runs on from the block before. */
export function opensWith(text: string, kind: Kind): boolean {
  const first = text.trimStart()[0];
  if (first === undefined) return false;
  const typewriter = text.trimStart().startsWith('``');
  return kind === 'double'
    ? DOUBLE_OPEN.has(first) || first === '"' || typewriter
    : SINGLE_OPEN.has(first) || first === "'";
}
