export declare function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  log?: (m: string) => void;
}): Promise<{ url: string; stop: () => Promise<void> }>;
