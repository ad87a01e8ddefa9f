/**
 * Renders Markdown on every core. Astro's content layer renders entries one after another on its
 * main thread, and with quotes to find in every article that is most of a large build. The pool
 * renders in worker threads, each taking the next article when it is free, or, with no workers,
 * in this thread (`renderHere`, Astro's own renderer). `createRenderPool()` returns a
 * handle: nothing runs once it is closed, and no state outlives it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';

/** What Astro's `renderMarkdown` returns, and what the content store keeps. */
export type RenderedMarkdown = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

export interface RenderTask {
  body: string;
  frontmatter: Record<string, unknown>;
  /** The Markdown file, for relative images and messages. */
  fileURL: URL;
}

/** A task as a worker receives it. */
export interface RenderJob {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: string;
}

export type RenderReply = { id: number; rendered: RenderedMarkdown } | { id: number; error: string };

/** The image settings Markdown rendering reads: which remote images count as the site's. */
export type ImageOptions = NonNullable<AstroMarkdownOptions['image']>;

export interface RenderWorkerData {
  contentFolder: string;
  /** What Astro would pass from the rest of its `markdown` and `image` config. */
  shared: Pick<AstroMarkdownOptions, 'gfm' | 'image'>;
}

/** What the pool needs of a worker thread: Node's `Worker`, or a stand-in that a test drives. */
export interface RenderWorker {
  postMessage(job: RenderJob): void;
  on(event: 'message', listener: (reply: RenderReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

const startWorker = (file: URL, data: RenderWorkerData): RenderWorker => new Worker(file, { workerData: data });

export interface RenderPoolOptions<Task extends RenderTask> {
  /** The worker module (`src/markdown/render-worker.ts`); it must build the site's processor. */
  workerFile: URL;
  workers: number;
  data: RenderWorkerData;
  /** Renders one task in this thread, which would otherwise wait for the workers. */
  renderHere?: (task: Task) => Promise<RenderedMarkdown>;
  /** Starts a worker; Node's `Worker` unless a test hands in its own. */
  start?: (file: URL, data: RenderWorkerData) => RenderWorker;
}

export interface RenderPool<Task extends RenderTask> {
  render(task: Task): Promise<RenderedMarkdown>;
  close(): Promise<void>;
}

/**
 * From how many entries a worker renders beside Astro's thread, and from how many a worker per
 * core renders them all. A worker takes a while to load the Markdown pipeline, and V8's own
 * background threads (compiler, garbage collector) already keep a second core partly busy, so a
 * worker renders slower than Astro's thread: one worker beside it pays off on mid-sized builds,
 * a worker per core only on large ones (docs/benchmarks.md has the measurements).
 */
export const WORKER_FROM_ENTRIES = 500;
export const WORKERS_FROM_ENTRIES = 2000;

/**
 * Tasks a worker holds at once: the one it renders and the next. A worker's reply is read, and
 * its next task sent, only between two articles of Astro's thread, so a worker holding one task
 * at a time sat idle while it waited (docs/benchmarks.md).
 */
export const TASKS_PER_WORKER = 2;

/** Who renders so many entries: how many workers, and whether Astro's thread takes entries too. */
export function renderersFor(entries: number): { workers: number; here: boolean } {
  if (entries >= WORKERS_FROM_ENTRIES) return { workers: availableParallelism(), here: false };
  return { workers: entries >= WORKER_FROM_ENTRIES ? 1 : 0, here: true };
}

export function createRenderPool<Task extends RenderTask>({
  workerFile,
  workers: count,
  data,
  renderHere,
  start = startWorker,
}: RenderPoolOptions<Task>): RenderPool<Task> {
  const waiting = new Map<number, { resolve: (value: RenderedMarkdown) => void; reject: (error: Error) => void }>();
  const queue: { id: number; task: Task }[] = [];
  /** Each worker with the tasks it holds, least busy first when tasks are handed out. */
  const held = new Map<RenderWorker, number>();
  let hereBusy = false;
  let next = 0;
  let failure: Error | undefined;

  const settle = (id: number, outcome: { rendered: RenderedMarkdown } | { error: Error }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if ('error' in outcome) job?.reject(outcome.error);
    else job?.resolve(outcome.rendered);
  };
  const dispatch = () => {
    for (let depth = 0; depth < TASKS_PER_WORKER; depth++) {
      for (const [worker, tasks] of held) {
        if (queue.length === 0) break;
        if (tasks > depth) continue;
        const { id, task } = queue.shift()!;
        const job: RenderJob = { id, body: task.body, frontmatter: task.frontmatter, fileURL: task.fileURL.href };
        held.set(worker, tasks + 1);
        worker.postMessage(job);
      }
    }
    if (renderHere && !hereBusy && queue.length > 0) {
      const { id, task } = queue.shift()!;
      hereBusy = true;
      renderHere(task)
        .then(
          (rendered) => settle(id, { rendered }),
          (error: unknown) => settle(id, { error: error instanceof Error ? error : new Error(String(error)) }),
        )
        // Astro's renderer resolves in microtasks: without a turn of the event loop between two
        // articles here, the workers' replies would wait until this thread ran out of work.
        .finally(() =>
          setImmediate(() => {
            hereBusy = false;
            dispatch();
          }),
        );
    }
  };
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
    queue.length = 0;
  };

  const workers = Array.from({ length: count }, () => {
    const worker = start(workerFile, data);
    worker.on('message', (reply: RenderReply) => {
      settle(reply.id, 'error' in reply ? { error: new Error(reply.error) } : { rendered: reply.rendered });
      held.set(worker, held.get(worker)! - 1);
      dispatch();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`A Markdown render worker stopped (exit code ${code}).`));
    });
    held.set(worker, 0);
    return worker;
  });

  return {
    render(task) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        queue.push({ id, task });
        dispatch();
      });
    },
    async close() {
      failure ??= new Error('The Markdown render pool is closed.');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
