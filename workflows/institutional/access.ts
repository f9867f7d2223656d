import { FAILURE, type RoleActor } from '../programs/contract';
import { fail } from '../programs/workflow-kit';

/** Program managers and admins may act for anyone; otherwise only the assigned person. */
export function assertMayAct(actor: RoleActor, assigneeId: string, role: 'mentor' | 'gender_expert'): void {
  if (actor.role === 'admin' || actor.role === 'program_manager') return;
  if (actor.role !== role) throw fail(FAILURE.forbidden, `Only the program's ${role.replace('_', ' ')} can do this`);
  if (actor.id !== assigneeId) throw fail(FAILURE.forbidden, 'This task is assigned to someone else');
}
