// Worker entry point: `node dist/api/worker.js`. Its own process, scalable to N replicas.
// The Temporal SDK's Runtime already turns SIGINT/SIGTERM into a graceful worker shutdown.
import { startWorker } from './worker/create-worker';

startWorker()
  .then(({ done }) => done)
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
