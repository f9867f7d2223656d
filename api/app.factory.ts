import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import { join } from 'node:path';
import { precompressedAssets } from './console-static';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { bodyParsingAndGuard } from './common/input-guard';
import { completeDocument } from './common/openapi';
import { createValidationPipe } from './common/validation.pipe';
import { validateConfig } from './config/config.schema';
import { createLogger } from './logger';

/**
 * Builds the HTTP app (used by main.ts and by the integration tests, which pass their own env).
 * The config is validated before Nest starts so a bad variable gives one clear message.
 */
export async function createApp(env: Record<string, string | undefined> = process.env): Promise<NestExpressApplication> {
  const config = validateConfig(env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: createLogger('api', config),
    bufferLogs: false,
    // Throw instead of aborting the process, so start-up errors reach the caller (main, tests).
    abortOnError: false,
    // The JSON parsers and the input guard are registered below (api/common/input-guard.ts).
    bodyParser: false,
  });
  // Behind nginx (docker/) the client address is in X-Forwarded-For; trust only private proxies,
  // so login throttling counts per client, not per proxy.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // gzip or brotli (as the browser asks) for the console's files and the API's JSON: the
  // console's JavaScript shrinks about 3.5x (issue 11: 11 s to the login form on Fast 3G).
  app.use(compression());
  if (config.ADMIN_DIST_DIR) app.use('/assets', precompressedAssets(join(config.ADMIN_DIST_DIR, 'assets')));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const origins = config.CORS_ORIGIN === '*' ? true : config.CORS_ORIGIN.split(',').map((s) => s.trim());
  app.enableCors({ origin: origins, exposedHeaders: ['Content-Range', 'Retry-After', 'X-Total-Estimated'] });
  // After CORS so refusals carry its headers. 256 KB JSON bodies (3 MB for the CSV import), then
  // no NUL, lone surrogate or deep nesting anywhere in the body or the query.
  app.use(...bodyParsingAndGuard());
  app.enableShutdownHooks();
  const doc = new DocumentBuilder()
    .setTitle('Mentorflow API')
    .setDescription('Mentorship programs for civil society organisations, run as Temporal workflows.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => completeDocument(SwaggerModule.createDocument(app, doc)), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
