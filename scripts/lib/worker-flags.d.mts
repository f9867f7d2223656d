export const WORKER_NODE_ARGS: string[];
