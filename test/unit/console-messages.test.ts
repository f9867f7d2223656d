/** The console's message trees, organisations' onboarding status and where a notification leads. */
import { describe, expect, it } from 'vitest';
import { institutionalMessages, mergeMessages } from '../../admin/src/i18n/merge';
import { notificationTarget } from '../../admin/src/notifications/notificationText';
import { isOnboardingActive, onboardingStatusKey } from '../../admin/src/organizations/onboardingStatus';

describe('message trees', () => {
  it('merges deeply: added keys join, leaves of the extra tree replace, the inputs stay as they were', () => {
    // The trees are partial: only the merge is under test, not react-admin's full message set.
    const base = { ra: { action: { save: 'Save', cancel: 'Cancel' } }, mentorflow: { title: 'Mentorflow' } };
    const extra = { ra: { action: { save: 'Store' } }, mentorflow: { menu: { reports: 'Reports' } } };
    expect(mergeMessages(base as never, extra)).toEqual({
      ra: { action: { save: 'Store', cancel: 'Cancel' } },
      mentorflow: { title: 'Mentorflow', menu: { reports: 'Reports' } },
    });
    expect(base.ra.action.save).toBe('Save');
  });

  it('replaces rather than merges where one side is not a tree', () => {
    expect(mergeMessages({ a: 'text' } as never, { a: { b: 'tree' } })).toEqual({ a: { b: 'tree' } });
    expect(mergeMessages({ a: { b: 'tree' } } as never, { a: ['list'] })).toEqual({ a: ['list'] });
  });

  it('places the institutional errors and validation texts under mentorflow', () => {
    expect(
      institutionalMessages({ resources: { programs: {} }, mentorflow: { stages: {} }, errors: { e: 'E' }, validation: { v: 'V' } }),
    ).toEqual({ resources: { programs: {} }, mentorflow: { stages: {}, errors: { e: 'E' }, validation: { v: 'V' } } });
  });
});

describe('onboarding status', () => {
  it("normalises Temporal's status names to the console's keys", () => {
    expect(onboardingStatusKey(undefined)).toBe('not_started');
    expect(onboardingStatusKey({ workflowId: 'w', status: '' })).toBe('not_started');
    expect(onboardingStatusKey({ workflowId: 'w', status: 'RUNNING' })).toBe('running');
    expect(onboardingStatusKey({ workflowId: 'w', status: 'WORKFLOW_EXECUTION_STATUS_COMPLETED' })).toBe('completed');
    expect(onboardingStatusKey({ workflowId: 'w', status: 'CANCELED' })).toBe('cancelled');
  });

  it('is active while pending or running only', () => {
    expect(isOnboardingActive({ workflowId: 'w', status: 'PENDING' })).toBe(true);
    expect(isOnboardingActive({ workflowId: 'w', status: 'WORKFLOW_EXECUTION_STATUS_RUNNING' })).toBe(true);
    expect(isOnboardingActive({ workflowId: 'w', status: 'FAILED' })).toBe(false);
    expect(isOnboardingActive(null)).toBe(false);
  });
});

describe('notification target', () => {
  it('opens the task when there is one, else the program, else nothing', () => {
    expect(notificationTarget({ taskId: 't1', programId: 'p1' })).toBe('/tasks/t1/show');
    expect(notificationTarget({ taskId: null, programId: 'p1' })).toBe('/programs/p1/show');
    expect(notificationTarget({ taskId: null, programId: null })).toBeNull();
  });
});
