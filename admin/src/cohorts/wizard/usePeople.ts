import { useGetList } from 'react-admin';

interface Person {
  id: string;
  fullName: string;
}

/**
 * Active users of a role, by name (mentors for the rows, gender experts for the cohort); with a
 * program type, only the people who mentor that type.
 */
export const usePeople = (role: 'mentor' | 'gender_expert', programType?: string) => {
  const { data, isPending } = useGetList<Person>('users', {
    filter: { role, isActive: true, ...(programType ? { programType } : {}) },
    sort: { field: 'fullName', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  return { people: data ?? [], isPending };
};
