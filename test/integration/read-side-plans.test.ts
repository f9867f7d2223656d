/**
 * Issue 13: every console read at national size is answered from indexes. The read model of
 * `npm run bench:read` (20,000 programs, 200,000 tasks, visits, plan items and audit rows, filled
 * with SQL) is loaded, the console's calls (scripts/bench-read/calls.ts, the benchmark's own
 * list) go through the real API, and every SQL statement they run is captured and replayed under
 * EXPLAIN ANALYZE. A sequential scan of a big table fails the test, unless it is the bounded count
 * (`LIMIT 10001`, reading no more rows than that: it stops there whatever the table's size).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXACT_COUNT_LIMIT } from '../../api/common/paged-list';
import { calls, programCalls } from '../../scripts/bench-read/calls';
import { FULL_COUNTS, seedReadModel } from '../../scripts/bench-read/seed';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';

const BIG = ['programs', 'tasks', 'visits', 'improvements', 'audit_log', 'notifications', 'organizations'];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Filter?: string;
  Plans?: PlanNode[];
}

/**
 * Sequential scans of big tables in a plan, except under a bounded Limit when the scan read no
 * more rows than the limit (the bounded count: it stops after 10,001 rows, whatever the size).
 */
function badScans(node: PlanNode, underBoundedLimit = false): string[] {
  const bounded = underBoundedLimit || (node['Node Type'] === 'Limit' && (node['Actual Rows'] ?? Infinity) <= EXACT_COUNT_LIMIT + 1);
  const read = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
  const here =
    node['Node Type'] === 'Seq Scan' && BIG.includes(node['Relation Name'] ?? '') && !(bounded && read <= EXACT_COUNT_LIMIT + 1)
      ? [
          `Seq Scan on ${node['Relation Name']} (${node['Actual Rows']} rows, ${node['Rows Removed by Filter'] ?? 0} removed by filter${node.Filter ? `: ${node.Filter}` : ''})`,
        ]
      : [];
  return [...here, ...(node.Plans ?? []).flatMap((p) => badScans(p, bounded))];
}

let stack: Stack;
let db: pg.Client;
const captured: { text: string; values: unknown[] }[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  stack = await startStack({ ownDatabase: true, worker: false });
  db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
  await db.connect();
  // Accounts the seed gives portfolios to sign in with the test password (it copies the PM's hash).
  await seedReadModel(db, FULL_COUNTS, () => undefined);
}, 600_000);

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await db?.end();
  await stack?.close();
});

async function login(email: string) {
  const r = await fetch(`${stack.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await r.json()) as { accessToken: string };
  const me = (await (await fetch(`${stack.baseUrl}/api/auth/me`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as {
    id: string;
  };
  return { token: accessToken, id: me.id };
}

describe('console reads at national size', () => {
  it('use indexes: no sequential scan of a big table in any statement the console calls run', async () => {
    const pm = await login(LOGINS.pm);
    const mentor = await login(LOGINS.mentor);
    const ge = await login(LOGINS.gender);
    const [{ id: programId }] = (
      await db.query(`SELECT id FROM programs WHERE type = 'institutional' AND status = 'active' ORDER BY visit_count DESC LIMIT 1`)
    ).rows as { id: string }[];
    const all = [...calls(pm.token, mentor, ge), ...programCalls(pm.token, programId)];
    const problems: string[] = [];
    let statements = 0;
    for (const call of all) {
      captured.length = 0;
      // Every statement the API's pool sends while this call runs (this process runs the API).
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const [q, v] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
        const text = typeof q === 'string' ? q : q?.text;
        if (this !== db && typeof text === 'string' && /^\s*(WITH|SELECT)\b/i.test(text))
          captured.push({ text, values: (typeof q === 'string' ? v : q.values) ?? [] });
        return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof pg.Client.prototype.query;
      const r = await fetch(`${stack.baseUrl}${call.path}`, { headers: { Authorization: `Bearer ${call.token}` } });
      pg.Client.prototype.query = originalQuery;
      expect(r.status, `${call.role} ${call.name}`).toBe(200);
      await r.arrayBuffer();
      const reads = captured.filter((s) => !/^\s*SELECT\s+mf_/i.test(s.text));
      expect(reads.length, `${call.role} ${call.name} ran no SELECT`).toBeGreaterThan(0);
      for (const s of reads) {
        statements++;
        const plan = (await db.query({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, values: s.values })).rows[0]['QUERY PLAN'][0]
          .Plan as PlanNode;
        for (const bad of badScans(plan))
          problems.push(`${call.role} ${call.name}: ${bad}\n    ${s.text.replace(/\s+/g, ' ').slice(0, 400)}`);
      }
    }
    expect(statements).toBeGreaterThan(all.length);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);

  it('counts totals exactly up to 10,000 and says when a larger total is the planner estimate', async () => {
    const pm = await login(LOGINS.pm);
    const mentor = await login(LOGINS.mentor);
    const get = (token: string, path: string) => fetch(`${stack.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const total = (r: Response) => Number(r.headers.get('content-range')?.split('/')[1]);
    const [{ open }] = (await db.query(`SELECT count(*)::int AS open FROM tasks WHERE status = 'open'`)).rows as { open: number }[];
    expect(open).toBeGreaterThan(EXACT_COUNT_LIMIT);
    const big = await get(pm.token, '/api/tasks?filter=' + encodeURIComponent(JSON.stringify({ status: 'open' })));
    expect(big.headers.get('x-total-estimated')).toBe('true');
    // An estimate, within a factor of two of the truth here (statistics of a freshly analysed table).
    expect(total(big)).toBeGreaterThan(open / 2);
    expect(total(big)).toBeLessThan(open * 2);
    const [{ mine }] = (await db.query(`SELECT count(*)::int AS mine FROM tasks WHERE status = 'open' AND assignee_id = $1`, [mentor.id]))
      .rows as { mine: number }[];
    const small = await get(
      mentor.token,
      '/api/tasks?filter=' + encodeURIComponent(JSON.stringify({ status: 'open', assigneeId: mentor.id })),
    );
    expect(small.headers.get('x-total-estimated')).toBeNull();
    expect(total(small)).toBe(mine);
    // The 400th page is the rows of that place in the order, as an unpaged query has them.
    const page = (await (
      await get(
        pm.token,
        '/api/tasks?range=' + encodeURIComponent('[9975,9999]') + '&filter=' + encodeURIComponent(JSON.stringify({ status: 'open' })),
      )
    ).json()) as { id: string }[];
    const want = (
      await db.query(`SELECT id FROM tasks WHERE status = 'open' ORDER BY overdue DESC, due_at ASC, id ASC OFFSET 9975 LIMIT 25`)
    ).rows.map((r: { id: string }) => r.id);
    expect(page.map((t) => t.id)).toEqual(want);
  }, 120_000);
});
