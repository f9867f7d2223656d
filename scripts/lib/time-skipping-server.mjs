// Finds Temporal's time-skipping test server, or obtains it from Maven Central.
// `@temporalio/testing` would download the native build from GitHub, which these machines cannot
// reach; the same server is published as a Java artifact (`io.temporal:temporal-test-server`,
// main class io.temporal.testserver.TestServer <port>). Maven copies it with its dependencies
// into .tools/, and a small launcher script is what the SDK starts (`existing-path`): the SDK
// runs it with the port as its first argument, as it does the native build.
// Order: $TEMPORAL_TEST_SERVER_PATH, the project's .tools/ copy, then Maven.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './temporal-cli.mjs';

export const TEST_SERVER_VERSION = '1.32.0';
const DIR = join(ROOT, '.tools', `temporal-test-server-${TEST_SERVER_VERSION}`);
const LAUNCHER = join(DIR, 'test-server');

function has(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of an executable that starts the time-skipping test server on the port it is given. */
export function ensureTimeSkippingServer({ log = console.log } = {}) {
  const fromEnv = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`TEMPORAL_TEST_SERVER_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const lib = join(DIR, 'lib');
  if (existsSync(LAUNCHER) && existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('temporal-test-server-'))) return LAUNCHER;
  if (!has('java', ['-version']) || !has('mvn', ['-v'])) {
    throw new Error(
      "Temporal's time-skipping test server needs Java 17+ and Maven (to fetch io.temporal:temporal-test-server from Maven Central).\n" +
        'Install them (Debian: apt-get install openjdk-17-jre-headless maven), or set TEMPORAL_TEST_SERVER_PATH to a test server executable.',
    );
  }
  log(`Fetching Temporal's time-skipping test server (Maven io.temporal:temporal-test-server:${TEST_SERVER_VERSION}) into .tools/ ...`);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(
    join(DIR, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.mentorflow</groupId><artifactId>temporal-test-server-launcher</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId><version>${TEST_SERVER_VERSION}</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-nop</artifactId><version>1.7.36</version></dependency>
  </dependencies>
</project>
`,
  );
  execFileSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`], { cwd: DIR, stdio: ['ignore', 2, 2] });
  // The class path is found from the launcher's own place, so a moved checkout still runs it.
  writeFileSync(LAUNCHER, '#!/bin/sh\nexec java -Xmx512m -cp "$(dirname "$0")/lib/*" io.temporal.testserver.TestServer "$@"\n');
  chmodSync(LAUNCHER, 0o755);
  return LAUNCHER;
}
