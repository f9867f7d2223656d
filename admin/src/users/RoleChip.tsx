import type { ChipProps } from '@mui/material';
import { KeyChip } from '../common/KeyChip';

const ROLE_COLORS: Record<string, ChipProps['color']> = {
  admin: 'secondary',
  program_manager: 'primary',
  mentor: 'success',
  gender_expert: 'warning',
};

/** A role shown by its translated name, e.g. "Program manager" / "Program yöneticisi". */
export const RoleChip = ({ role }: { role?: string }) => (
  <KeyChip value={role} prefix="mentorflow.roles" variant="outlined" color={role ? (ROLE_COLORS[role] ?? 'default') : 'default'} />
);
