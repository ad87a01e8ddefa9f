/**
 * A page from the web for `npm run import`, with Node's own fetch and limits a newsroom's
 * network can trust: a time limit for the whole exchange, a size limit enforced while the body
 * streams in, redirects followed by hand (at most five, each to an http(s) address), and an
 * answer that must be HTML. Each failure is one `ImportProblem` line.
 */

export interface FetchLimits {
  /** For the whole exchange, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string;
  /** The address that answered, after redirects. */
  url: string;
}

/** A problem with one input, said in one line that ends with what to do. */
export class ImportProblem extends Error {}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function checkAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ImportProblem('is not an address. Give an http(s):// address or a saved .html file.');
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new ImportProblem(
      `leads to ${url.protocol} addresses, which are not fetched. Save the page and import the file.`,
    );
  }
  return url;
}

export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkAddress(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'news-analysis-reader-import' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) {
          throw new ImportProblem(`redirects more than ${limits.maxRedirects} times. Import the address it ends at.`);
        }
        url = checkAddress(new URL(location, url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ImportProblem(`answered ${response.status} ${response.statusText}. Check the address.`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!HTML_TYPES.test(contentType)) {
        await response.body?.cancel();
        throw new ImportProblem(`is not an HTML page (${contentType || 'no content type'}). Give the article's page.`);
      }
      return { bytes: await readBody(response, limits.maxBytes), contentType, url: url.href };
    }
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    if ((error as Error).name === 'TimeoutError' || signal.aborted) {
      throw new ImportProblem(
        `did not answer within ${limits.timeoutMs / 1000} s. Try again, or save the page and import the file.`,
      );
    }
    const cause = ((error as Error).cause as { code?: string } | undefined)?.code;
    throw new ImportProblem(
      `could not be reached (${cause ?? (error as Error).message}). Check the address and the network.`,
    );
  }
}

/** The body, stopped as soon as it passes the size limit rather than read whole first. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new ImportProblem(`is larger than ${megabytes(maxBytes)}. Save the page and import the file.`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
