// Prebuilds the workflow bundle for production workers: `npm run build:workflows`
// writes dist/workflow-bundle.js, loaded through WORKFLOW_BUNDLE_PATH.
import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

async function main() {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows') });
  const out = join(__dirname, '..', 'workflow-bundle.js');
  await writeFile(out, code);
  console.log(`Workflow bundle written to ${out} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
