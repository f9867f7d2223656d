import { createApp } from './app.factory';
import { validateConfig } from './config/config.schema';

async function main() {
  const config = validateConfig(process.env);
  const app = await createApp();
  await app.listen(config.PORT, config.HOST);
}

main().catch((err) => {
  // Config errors carry their own clear message; anything else is unexpected.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
