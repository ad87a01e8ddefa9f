/**
 * A worker thread of the render pool (`src/loaders/render-pool.ts`): builds the site's article
 * processor once, as astro.config.mjs does, and renders the bodies it is sent. The result has the
 * shape of Astro's `renderMarkdown`, so the content store cannot tell the two apart.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ARTICLE_RENDERER_OPTIONS, articleProcessor } from './article-processor.ts';
import type { RenderJob, RenderWorkerData, RenderReply } from '../loaders/render-pool.ts';

const { contentFolder, shared } = workerData as RenderWorkerData;
const renderer = await articleProcessor(contentFolder).createRenderer({ ...ARTICLE_RENDERER_OPTIONS, ...shared });

parentPort!.on('message', async ({ id, body, frontmatter, fileURL }: RenderJob) => {
  let reply: RenderReply;
  try {
    const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: new URL(fileURL) });
    const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
    reply = { id, rendered: { html: code, metadata: { ...metadata, imagePaths } } };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
