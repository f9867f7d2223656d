/** Who caused a workflow action; carried into activities so the audit log names a person. */
export interface Actor {
  id: string;
  email: string;
}
