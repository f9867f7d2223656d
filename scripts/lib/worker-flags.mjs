// Node flags of the worker process. A smaller old space makes V8 collect sooner, which keeps the
// worker's RSS bounded (with 1,000 open programs: 296 MB at 160 MB, 434 MB without; npm run bench).
// Its live heap is small: workflow state is bounded by the sticky cache (WORKER_MAX_CACHED_WORKFLOWS).
export const WORKER_NODE_ARGS = ['--max-old-space-size=192'];
