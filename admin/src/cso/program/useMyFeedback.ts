import { useQuery } from '@tanstack/react-query';
import { listFeedback } from '../api';

/** The program's feedback (a member gets their own; the mentor and managers everyone's). */
export const useFeedback = (programId: string) =>
  useQuery({ queryKey: ['cso-feedback', programId], queryFn: () => listFeedback(programId), retry: false });
