import { z } from 'astro/zod';

/**
 * A zod object that rejects unknown keys with a message an editor can act on:
 * `Unknown field "sumary": the allowed fields are title, source, published, summary. Check its spelling.`
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, params?: { error: IssueMessage }) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: the allowed fields are ${allowed}. Check its spelling.`
        : params?.error(issue),
  });
}

type IssueMessage = (issue: { input?: unknown }) => string | undefined;

/** Error text for a field that is missing or of the wrong kind: `title is required (text)`. */
export function required(field: string, expected: string): IssueMessage {
  return (issue) => (issue.input === undefined ? `${field} is required (${expected})` : `${field} must be ${expected}`);
}
