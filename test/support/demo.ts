export const DEMO_PASSWORD = 'mentorflow-test';

export const LOGINS = {
  admin: 'admin@mentorflow.local',
  pm: 'pm@mentorflow.local',
  mentor: 'mentor1@mentorflow.local',
  mentor2: 'mentor2@mentorflow.local',
  gender: 'gender@mentorflow.local',
} as const;
