/**
 * The demo world built through the real API and workflows reads, in the year-1 report, exactly
 * the figures of the program documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorld, TARGET } from '../../scripts/demo/world';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ ownDatabase: true });
});
afterAll(() => stack?.close());

describe('demo world', () => {
  it('builds 42 + 30 CSOs whose reports state the program documents’ figures', async () => {
    const lines: string[] = [];
    const world = await buildDemoWorld({ url: stack.baseUrl, password: DEMO_PASSWORD, log: (l) => lines.push(l) });
    expect(world.institutional).toHaveLength(42);
    expect(world.advocacy).toHaveLength(30);
    expect(lines.filter((l) => l.startsWith('[demo] institutional ')).at(-1)).toMatch(/^\[demo\] institutional 42\/42 built/);
    expect(lines.at(-1)).toBe('[demo] advocacy 30/30 built (plan finalised)');

    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    const r = (await pm.get('/reports/institutional', { year: '1' })).body;
    expect(r).toMatchObject({
      organizations: 42,
      mentors: 5,
      visits: { total: 210 },
      selfAssessments: 42,
      genderReports: 42,
      improvementPlans: 42,
      improvements: { implemented: 102, dropped: TARGET.droppedItems, implementationRate: 0.51 },
    });
    expect(r.studiesByType).toMatchObject(TARGET.studiesDone);
    const a = (await pm.get('/reports/advocacy')).body;
    expect(a).toMatchObject({ programs: 30, organizations: 30, plansDeveloped: 30, plansFinalised: 30, mentors: 7 });
    expect(Object.values(a.csosPerMentor).every((n) => (n as number) >= 3 && (n as number) <= 5)).toBe(true);

    // A second run on the same instance refuses instead of doubling the world.
    await expect(buildDemoWorld({ url: stack.baseUrl, password: DEMO_PASSWORD, log: () => {} })).rejects.toThrow(/already here/);
  }, 600_000);
});
