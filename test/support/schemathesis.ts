/** Reads the NDJSON event stream schemathesis writes with `--report ndjson`. */
export interface FuzzOutcome {
  /** Operations of the document that were exercised (at least one request). */
  operations: number;
  requests: number;
  serverErrors: number;
  /** One line per distinct (operation, check, status): "POST /api/x: not_a_server_error (500) ..." */
  failures: string[];
  /** A few failing requests in full, to reproduce them by hand. */
  samples: string[];
  exitCode: number | null;
  output: string;
}

interface Interaction {
  request: { method: string; uri: string; body?: { $base64?: string } | null };
  response?: { status_code: number; content?: { $base64?: string } | null } | null;
}
interface Check {
  name: string;
  status: string;
  failure_info?: { failure?: { title?: string; message?: string } };
}
interface Scenario {
  status: string;
  recorder: {
    label: string;
    checks?: Record<string, Check[]>;
    interactions?: Record<string, Interaction>;
  };
}

const decode = (b?: { $base64?: string } | null) => (b?.$base64 ? Buffer.from(b.$base64, 'base64').toString('utf8') : '');

export function parseFuzzReport(ndjson: string): Omit<FuzzOutcome, 'exitCode' | 'output'> {
  const scenarios: Scenario[] = [];
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as Record<string, unknown>;
    if (event.ScenarioFinished) scenarios.push(event.ScenarioFinished as Scenario);
  }
  const operations = new Set<string>();
  const failures = new Map<string, string>();
  const samples: string[] = [];
  let requests = 0;
  let serverErrors = 0;
  for (const s of scenarios) {
    const interactions = s.recorder.interactions ?? {};
    for (const [caseId, i] of Object.entries(interactions)) {
      operations.add(s.recorder.label);
      requests += 1;
      const status = i.response?.status_code ?? 0;
      if (status >= 500) serverErrors += 1;
      for (const check of s.recorder.checks?.[caseId] ?? []) {
        if (check.status !== 'failure') continue;
        const key = `${s.recorder.label}: ${check.name} (${status})`;
        if (failures.has(key)) continue;
        const title = check.failure_info?.failure?.title ?? '';
        failures.set(key, `${key} ${title}`.trim());
        if (samples.length < 60) {
          samples.push(
            `${i.request.method} ${i.request.uri} ${decode(i.request.body).slice(0, 300)} -> ${status} ${decode(i.response?.content).slice(0, 300)}`,
          );
        }
      }
    }
  }
  return { operations: operations.size, requests, serverErrors, failures: [...failures.values()].sort(), samples };
}
