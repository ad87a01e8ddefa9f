/**
 * Articles are rendered in worker threads and in Astro's own thread (src/loaders/render-pool.ts):
 * whichever renders an article, the content store must get the same HTML and metadata, in order.
 */
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import {
  createRenderPool,
  renderersFor,
  type RenderJob,
  type RenderReply,
  type RenderTask,
  type RenderWorker,
} from '../../src/loaders/render-pool.ts';
import { ARTICLE_RENDERER_OPTIONS, articleProcessor } from '../../src/markdown/article-processor.ts';

const WORKER = pathToFileURL(path.resolve('src/markdown/render-worker.ts'));

const articlesOf = (folder: string): RenderTask[] =>
  readdirSync(path.join(folder, 'articles')).map((name) => {
    const file = path.join(folder, 'articles', name);
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    return { body: content, frontmatter, fileURL: pathToFileURL(file) };
  });

it.each(['tests/fixtures/reader', 'tests/fixtures/hostile'])(
  'renders the articles of %s in workers exactly as in Astro’s thread',
  async (folder) => {
    const articles = articlesOf(folder);
    const inThread = await articleProcessor(folder).createRenderer({ ...ARTICLE_RENDERER_OPTIONS, gfm: true });
    const pool = createRenderPool({
      workerFile: WORKER,
      workers: 2,
      data: { contentFolder: folder, shared: { gfm: true } },
    });
    try {
      const fromWorkers = await Promise.all(
        articles.map((article) => pool.render({ ...article, frontmatter: structuredClone(article.frontmatter) })),
      );
      for (const [index, { body, frontmatter, fileURL }] of articles.entries()) {
        const { code, metadata } = await inThread.render(body, { frontmatter, fileURL });
        const rendered = fromWorkers[index]!;
        expect(rendered.html).toBe(code);
        expect(rendered.html).toContain('class="quote"');
        expect(rendered.metadata).toEqual({ ...metadata, imagePaths: [] });
      }
    } finally {
      await pool.close();
    }
  },
);

it('renders in this thread one task at a time, and hands back each result to its own task', async () => {
  let running = 0;
  let most = 0;
  const pool = createRenderPool({
    workerFile: WORKER,
    workers: 0,
    data: { contentFolder: 'tests/fixtures/reader', shared: {} },
    renderHere: async (task: RenderTask) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return { html: `<p>${task.body}</p>` };
    },
  });
  const tasks = ['one', 'two', 'three'].map((body) => ({
    body,
    frontmatter: {},
    fileURL: pathToFileURL(`/${body}.md`),
  }));
  try {
    expect(await Promise.all(tasks.map((task) => pool.render(task)))).toEqual([
      { html: '<p>one</p>' },
      { html: '<p>two</p>' },
      { html: '<p>three</p>' },
    ]);
    expect(most).toBe(1);
  } finally {
    await pool.close();
  }
});

it('fails every waiting render, with a message, when a worker cannot start', async () => {
  const missing = pathToFileURL(path.resolve('src/markdown/no-such-worker.ts'));
  const pool = createRenderPool({
    workerFile: missing,
    workers: 1,
    data: { contentFolder: 'tests/fixtures/reader', shared: {} },
  });
  try {
    await expect(
      pool.render({ body: '“Hi,” said Ann.', frontmatter: {}, fileURL: pathToFileURL('/article.md') }),
    ).rejects.toThrow(/no-such-worker/u);
  } finally {
    await pool.close();
  }
});

it('shares the articles between a worker and this thread, each result going back to its own task', async () => {
  const folder = 'tests/fixtures/reader';
  const articles = articlesOf(folder);
  const inThread = await articleProcessor(folder).createRenderer({ ...ARTICLE_RENDERER_OPTIONS, gfm: true });
  let here = 0;
  const pool = createRenderPool({
    workerFile: WORKER,
    workers: 1,
    data: { contentFolder: folder, shared: { gfm: true } },
    renderHere: async ({ body, frontmatter, fileURL }) => {
      here += 1;
      const { code, metadata } = await inThread.render(body, { frontmatter, fileURL });
      return { html: code, metadata: { ...metadata, imagePaths: [] } };
    },
  });
  try {
    const tasks = [...articles, ...articles, ...articles];
    const rendered = await Promise.all(
      tasks.map((article) => pool.render({ ...article, frontmatter: structuredClone(article.frontmatter) })),
    );
    for (const [index, { body, frontmatter, fileURL }] of tasks.entries()) {
      const { code } = await inThread.render(body, { frontmatter: structuredClone(frontmatter), fileURL });
      expect(rendered[index]!.html).toBe(code);
    }
    // The worker is handed the first task at once, and this thread takes tasks while it loads.
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThan(tasks.length);
  } finally {
    await pool.close();
  }
});

/** A worker the test answers by hand: it records the jobs the pool sends. */
class HandWorker extends EventEmitter implements RenderWorker {
  readonly jobs: RenderJob[] = [];
  postMessage(job: RenderJob): void {
    this.jobs.push(job);
  }
  answer(job: RenderJob): void {
    this.emit('message', { id: job.id, rendered: { html: job.body } } satisfies RenderReply);
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

it('gives a worker its next task while it renders one, and never more', async () => {
  const worker = new HandWorker();
  const pool = createRenderPool({
    workerFile: WORKER,
    workers: 1,
    data: { contentFolder: 'tests/fixtures/reader', shared: {} },
    start: () => worker,
  });
  try {
    const tasks = ['a', 'b', 'c', 'd'].map((body) => ({
      body,
      frontmatter: {},
      fileURL: pathToFileURL(`/${body}.md`),
    }));
    const rendered = Promise.all(tasks.map((task) => pool.render(task)));
    // Four tasks waiting: the worker gets the one it renders and the next, and no more.
    expect(worker.jobs.map((job) => job.body)).toEqual(['a', 'b']);
    // Each answer brings exactly one more.
    worker.answer(worker.jobs[0]!);
    expect(worker.jobs.map((job) => job.body)).toEqual(['a', 'b', 'c']);
    for (const job of worker.jobs.slice(1, 3)) worker.answer(job);
    expect(worker.jobs.map((job) => job.body)).toEqual(['a', 'b', 'c', 'd']);
    worker.answer(worker.jobs[3]!);
    expect((await rendered).map(({ html }) => html)).toEqual(['a', 'b', 'c', 'd']);
  } finally {
    await pool.close();
  }
});

it('adds a worker beside this thread for a mid-sized build, and one per core, alone, for a large one', () => {
  expect(renderersFor(2)).toEqual({ workers: 0, here: true });
  expect(renderersFor(1000)).toEqual({ workers: 1, here: true });
  expect(renderersFor(5000)).toEqual({ workers: navigator.hardwareConcurrency, here: false });
});
