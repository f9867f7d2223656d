/** The configuration page's conversions: durations in days, the model's elements as the API wants them. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, durationsInDays, durationsInMs, toDays } from '../../admin/src/config/days';
import { cleanElements, cleanPrinciples } from '../../admin/src/config/modelValues';

describe('durations in days', () => {
  it('shows milliseconds as days to three decimals', () => {
    expect(toDays(30 * DAY_MS)).toBe(30);
    expect(toDays(DAY_MS / 2)).toBe(0.5);
    expect(toDays(60_000)).toBe(0.001);
    expect(durationsInDays({ selfAssessment: 14 * DAY_MS, reminder: 90_000 })).toEqual({ selfAssessment: 14, reminder: 0.001 });
  });

  it('turns days back into milliseconds, keeping the exact value of a duration left as shown', () => {
    const original = { selfAssessment: 14 * DAY_MS, reminder: 60_000 };
    expect(durationsInMs({ selfAssessment: '21', reminder: 0.001 }, original)).toEqual({ selfAssessment: 21 * DAY_MS, reminder: 60_000 });
    expect(durationsInMs({ reminder: '0.5', added: 2 }, original)).toEqual({ reminder: DAY_MS / 2, added: 2 * DAY_MS });
  });
});

describe('model values', () => {
  it('trims names and leaves out standards and descriptors filled in neither language', () => {
    const elements = cleanElements([
      {
        slug: 'governance',
        group: 'planning_application',
        name: { en: ' Governance ', tr: ' Yönetişim ' },
        standard: { en: '  ', tr: '' },
        descriptors: { '1': { en: 'Weak', tr: '' }, '2': { en: ' ', tr: ' ' } },
      },
    ]);
    expect(elements).toEqual([
      {
        slug: 'governance',
        group: 'planning_application',
        name: { en: 'Governance', tr: 'Yönetişim' },
        descriptors: { '1': { en: 'Weak', tr: '' } },
      },
    ]);
  });

  it('keeps a standard given in one language and drops empty descriptor sets', () => {
    const [element] = cleanElements([
      { slug: 'resources', group: 'planning_application', name: { en: 'Resources', tr: 'Kaynaklar' }, standard: { en: '', tr: ' Bütçe ' } },
    ]);
    expect(element).toEqual({
      slug: 'resources',
      group: 'planning_application',
      name: { en: 'Resources', tr: 'Kaynaklar' },
      standard: { en: '', tr: 'Bütçe' },
    });
    expect(cleanPrinciples([{ slug: 'transparency', name: { en: ' Transparency', tr: 'Şeffaflık ' } }])).toEqual([
      { slug: 'transparency', name: { en: 'Transparency', tr: 'Şeffaflık' } },
    ]);
  });
});
