import { Injectable } from '@nestjs/common';
import { WorkflowExecutionStatusName } from '@temporalio/client';
import {
  ORGANIZATION_ONBOARDING_WORKFLOW,
  onboardingWorkflowId,
  type OrganizationOnboardingInput,
} from '../../workflows/onboarding/contract';
import { SA } from '../../workflows/shared/search-attributes';
import { isTemporalUnavailable } from '../temporal/temporal-errors';
import { TemporalService } from '../temporal/temporal.service';

const START_DEADLINE_MS = 10_000;

/** Starts and describes the organizationOnboarding workflow. */
@Injectable()
export class OnboardingStarter {
  constructor(private readonly temporal: TemporalService) {}

  async start(input: OrganizationOnboardingInput): Promise<string> {
    const workflowId = onboardingWorkflowId(input.organizationId);
    // A bounded wait: when Temporal is down the caller gets a 503 in seconds, not a hung request.
    await this.temporal.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
      this.temporal.client.workflow.start(ORGANIZATION_ONBOARDING_WORKFLOW, {
        taskQueue: this.temporal.taskQueue,
        workflowId,
        args: [input],
        typedSearchAttributes: [{ key: SA.OrganizationId, value: input.organizationId }],
      }),
    );
    return workflowId;
  }

  /** Live status from Temporal; "unknown" when the server cannot be reached right now. */
  async status(workflowId: string): Promise<string> {
    try {
      const d = await this.temporal.client.connection.withDeadline(Date.now() + 3000, () =>
        this.temporal.client.workflow.getHandle(workflowId).describe(),
      );
      return (d.status.name as WorkflowExecutionStatusName).toLowerCase();
    } catch (err) {
      if (isTemporalUnavailable(err)) return 'unknown';
      if ((err as Error).name === 'WorkflowNotFoundError') return 'unknown';
      throw err;
    }
  }

  webUiUrl(workflowId: string): string {
    return this.temporal.webUiUrl(workflowId);
  }
}
