/** The dashboard's and report's figures: stage counts shaped for the funnels, running programs, visit bars. */
import { describe, expect, it } from 'vitest';
import { intlLocale, relativeTime } from '../../admin/src/dashboard/format';
import { humanize } from '../../admin/src/dashboard/labels';
import { designedStages, orderedStages, runningCount, visitBars } from '../../admin/src/dashboard/stages';
import { INSTITUTIONAL_STAGES } from '../../workflows/institutional/model';

describe('dashboard stages', () => {
  it('counts the programs that have not ended', () => {
    expect(runningCount({ self_assessment: 3, implementation: 2, completed: 4, withdrawn: 1 })).toBe(5);
    expect(runningCount({ completed: 2 })).toBe(0);
    expect(runningCount()).toBe(0);
  });

  it("lists a built-in type's stages in workflow order, zeros included, unknown stages last", () => {
    const rows = orderedStages('institutional', { implementation: 2, legacy_stage: 1, self_assessment: 5 });
    expect(rows.map((row) => row.stage)).toEqual([...INSTITUTIONAL_STAGES, 'legacy_stage']);
    expect(rows.find((row) => row.stage === 'self_assessment')?.count).toBe(5);
    expect(rows.find((row) => row.stage === 'gender_report')?.count).toBe(0);
    expect(rows.at(-1)).toEqual({ stage: 'legacy_stage', count: 1 });
    expect(orderedStages('advocacy')[0]).toEqual({ stage: 'needs_assessment', count: 0 });
  });

  it("lists a designed type's own stages by their names, then completed and stages of older versions", () => {
    const rows = designedStages(
      [
        { id: 'intake', name: 'Intake' },
        { id: 'coaching', name: 'Coaching' },
      ],
      { coaching: 2, retired: 1, withdrawn: 3 },
      (stage) => `label:${stage}`,
    );
    expect(rows).toEqual([
      { stage: 'intake', name: 'Intake', count: 0 },
      { stage: 'coaching', name: 'Coaching', count: 2 },
      { stage: 'completed', name: 'label:completed', count: 0 },
      { stage: 'retired', name: 'label:retired', count: 1 },
      { stage: 'withdrawn', name: 'label:withdrawn', count: 3 },
    ]);
  });

  it('orders visit bars by visits, most first, ties by name, keeping mentors with none', () => {
    const input = [
      { mentorName: 'Zeynep', visits: 2 },
      { mentorName: 'Ali', visits: 0 },
      { mentorName: 'Ayşe', visits: 2 },
      { mentorName: 'Mehmet', visits: 5 },
    ];
    expect(visitBars(input)).toEqual([
      { name: 'Mehmet', value: 5 },
      { name: 'Ayşe', value: 2 },
      { name: 'Zeynep', value: 2 },
      { name: 'Ali', value: 0 },
    ]);
    // The API's array is left as it came.
    expect(input[0].mentorName).toBe('Zeynep');
  });
});

describe('dashboard texts', () => {
  it('humanizes keys without a translation', () => {
    expect(humanize('needs_assessment')).toBe('Needs assessment');
    expect(humanize('plan-review.v2')).toBe('Plan review v2');
    expect(humanize('')).toBe('');
  });

  it("maps the console's language to an Intl locale", () => {
    expect(intlLocale('tr')).toBe('tr-TR');
    expect(intlLocale('en')).toBe('en-GB');
    expect(new Date('2027-11-21T12:00:00Z').toLocaleDateString(intlLocale('en'), { month: 'long' })).toBe('November');
    expect(new Date('2027-11-21T12:00:00Z').toLocaleDateString(intlLocale('tr'), { month: 'long' })).toBe('Kasım');
  });
});

describe('relative time', () => {
  const now = Date.parse('2027-06-15T12:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('picks the unit by distance, in the console language', () => {
    expect(relativeTime(ago(30), 'en', 'month', now)).toBe('30 seconds ago');
    expect(relativeTime(ago(5 * 60), 'en', 'month', now)).toBe('5 minutes ago');
    expect(relativeTime(ago(2 * 3600), 'en', 'month', now)).toBe('2 hours ago');
    expect(relativeTime(ago(86400), 'en', 'month', now)).toBe('yesterday');
    expect(relativeTime(ago(3 * 86400), 'tr', 'month', now)).toBe('3 gün önce');
    expect(relativeTime(new Date(now + 2 * 3600 * 1000).toISOString(), 'en', 'month', now)).toBe('in 2 hours');
  });

  it('counts months from 60 days on, unless days are the longest unit', () => {
    expect(relativeTime(ago(59 * 86400), 'en', 'month', now)).toBe('59 days ago');
    expect(relativeTime(ago(90 * 86400), 'en', 'month', now)).toBe('3 months ago');
    expect(relativeTime(ago(90 * 86400), 'en', 'day', now)).toBe('90 days ago');
  });
});
