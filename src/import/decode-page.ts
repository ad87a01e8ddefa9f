/**
 * A page's bytes as text, in the character set the page declares: a byte order mark first, then
 * the HTTP header's `charset`, then `<meta charset>` or `<meta http-equiv="Content-Type">` in
 * the page's first kilobytes, else UTF-8, as browsers decide. For saved files too, which carry
 * only the meta.
 */

export interface DecodedPage {
  html: string;
  /** The character set the text was decoded from, as the decoder names it. */
  charset: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** `charset=…` in a Content-Type value. */
const charsetIn = (contentType: string | undefined) => /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];

/** The charset a page's own markup declares, read from its first 1,024 bytes as browsers do. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta\s+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (meta) return meta;
  const equiv = /<meta\s[^>]*http-equiv\s*=\s*["']?content-type["']?[^>]*>/i.exec(head)?.[0];
  return charsetIn(equiv && /content\s*=\s*["']([^"']*)["']/i.exec(equiv)?.[1]);
}

/** A decoder for a declared label, or undefined when the label names no encoding. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  const bom = BOMS.find(([mark]) => mark.every((byte, index) => bytes[index] === byte));
  const decoder =
    decoderFor(bom?.[1]) ??
    decoderFor(charsetIn(contentType)) ??
    decoderFor(declaredCharset(bytes)) ??
    new TextDecoder();
  return { html: decoder.decode(bytes), charset: decoder.encoding };
}
