import type { AdvocacyConfig } from '../../../workflows/advocacy/config';
import type { InstitutionalConfig, LocalizedText } from '../institutional/domain';

export type { AdvocacyConfig, InstitutionalConfig, LocalizedText };

export type ConfigType = 'institutional' | 'advocacy';

/** GET /api/config/:type/versions, newest first. */
export interface ConfigVersion<C = InstitutionalConfig | AdvocacyConfig> {
  version: number;
  createdAt: string;
  createdBy: string | null;
  config: C;
}

/** PUT /api/config/:type: any subset. */
export interface ConfigChange {
  durations?: Record<string, number>;
  mentorLimit?: number;
  elements?: InstitutionalConfig['elements'];
  principles?: InstitutionalConfig['principles'];
  gradeScale?: InstitutionalConfig['gradeScale'];
  studyTypes?: string[];
}
