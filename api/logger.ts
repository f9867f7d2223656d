import { ConsoleLogger, LogLevel } from '@nestjs/common';
import type { AppConfig } from './config/config.schema';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Structured (JSON lines) logs by default; LOG_FORMAT=text for humans at a terminal. */
export function createLogger(name: string, config: Pick<AppConfig, 'LOG_FORMAT' | 'LOG_LEVEL'>): ConsoleLogger {
  const format = config.LOG_FORMAT;
  const level: LogLevel = config.LOG_LEVEL;
  const upTo = Math.max(LEVELS.indexOf(level), 1);
  return new ConsoleLogger(name, {
    json: format === 'json',
    colors: format !== 'json' && process.stdout.isTTY,
    logLevels: LEVELS.slice(0, upTo + 1),
  });
}
