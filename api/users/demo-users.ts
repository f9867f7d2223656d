import type { Role } from './role';

/**
 * One demo user per role (five institutional mentors, as in the program documents), created on
 * first start. The demo world adds its advocacy mentors through the API.
 */
export const DEMO_USERS: { email: string; fullName: string; role: Role; programTypes?: string[] }[] = [
  { email: 'admin@mentorflow.local', fullName: 'Deniz Admin', role: 'admin' },
  { email: 'pm@mentorflow.local', fullName: 'Selin Program Manager', role: 'program_manager' },
  { email: 'mentor1@mentorflow.local', fullName: 'Ayşe Mentor', role: 'mentor', programTypes: ['institutional'] },
  { email: 'mentor2@mentorflow.local', fullName: 'Mehmet Mentor', role: 'mentor', programTypes: ['institutional'] },
  { email: 'mentor3@mentorflow.local', fullName: 'Elif Mentor', role: 'mentor', programTypes: ['institutional'] },
  { email: 'mentor4@mentorflow.local', fullName: 'Can Mentor', role: 'mentor', programTypes: ['institutional'] },
  { email: 'mentor5@mentorflow.local', fullName: 'Zeynep Mentor', role: 'mentor', programTypes: ['institutional'] },
  { email: 'gender@mentorflow.local', fullName: 'Leyla Gender Expert', role: 'gender_expert' },
];
