export declare const CHROMIUM_FLAGS: string[];
export declare function checkNodeVersion(): void;
export declare function ensureNodeModules(opts?: { log?: (m: string) => void }): void;
export declare function ensureChromium(opts?: { log?: (m: string) => void }): string;
export declare function run(cmd: string, args: string[], opts?: { log?: (m: string) => void; env?: NodeJS.ProcessEnv }): void;
export declare const SCHEMATHESIS_VERSION: string;
export declare function ensureSchemathesis(opts?: { log?: (m: string) => void }): string;
