export const eventKindChoices = [
  { id: 'meeting', name: 'mentorflow.events.kinds.meeting' },
  { id: 'workshop', name: 'mentorflow.events.kinds.workshop' },
];

/** The fields the API accepts on create and update (unknown fields are a 400). */
const WRITABLE = ['kind', 'date', 'topic', 'notes', 'organizationIds'] as const;

export const pickEventFields = (data: Record<string, unknown>) =>
  Object.fromEntries(
    WRITABLE.filter((field) => field in data).map((field) => {
      const value = data[field];
      return [field, typeof value === 'string' ? value.trim() : value];
    }),
  );
