/**
 * An error for the person editing the content: its message names the file, the line or field,
 * and the fix, and is all that should be printed. No stack trace: where in the build's code the
 * problem was noticed is no help to an editor.
 */
export function editorError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
