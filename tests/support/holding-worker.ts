/**
 * A stand-in render worker for the pool's tests: renders one task at a time, for a short while
 * each, and answers with how many tasks it held (this one included) when the task arrived.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderJob, RenderReply } from '../../src/loaders/render-pool.ts';

const held: { id: number; heldOnArrival: number }[] = [];
const renderNext = () =>
  setTimeout(() => {
    const { id, heldOnArrival } = held.shift()!;
    const reply: RenderReply = { id, rendered: { html: String(heldOnArrival) } };
    parentPort!.postMessage(reply);
    if (held.length > 0) renderNext();
  }, 30);

parentPort!.on('message', ({ id }: RenderJob) => {
  held.push({ id, heldOnArrival: held.length + 1 });
  if (held.length === 1) renderNext();
});
