import type { AstroPrerenderer } from 'astro';

/**
 * Astro's prerenderer, except that the HTML of every page (its bytes) passes through `transform`
 * before Astro writes it: a step that needs every page (the security policy) does its work as each is
 * rendered, instead of reading the whole site back once it is written. Other responses
 * (feeds, JSON, images) are left as they are. `setPrerenderer` keeps one prerenderer: an
 * adapter that sets its own would need this wrapped around it instead.
 */
export function transformPages(
  prerenderer: AstroPrerenderer,
  transform: (html: Buffer<ArrayBuffer>, pathname: string) => Uint8Array<ArrayBuffer>,
): AstroPrerenderer {
  return {
    ...prerenderer,
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      const { response, metadata } = result instanceof Response ? { response: result } : result;
      if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
      // As bytes, as Astro writes them: decoding to text and encoding again would cost every page.
      const html = transform(Buffer.from(await response.arrayBuffer()), decodeURI(new URL(request.url).pathname));
      const { status, statusText, headers } = response;
      const page = new Response(html, { status, statusText, headers });
      return metadata ? { response: page, metadata } : page;
    },
  };
}
