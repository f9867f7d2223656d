import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

const ROLE_COLORS: Record<string, ChipProps['color']> = {
  admin: 'secondary',
  program_manager: 'primary',
  mentor: 'success',
  gender_expert: 'warning',
};

/** A role shown by its translated name, e.g. "Program manager" / "Program yöneticisi". */
export const RoleChip = ({ role }: { role?: string }) => {
  const translate = useTranslate();
  if (!role) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ROLE_COLORS[role] ?? 'default'}
      label={translate(`mentorflow.roles.${role}`, { _: role })}
    />
  );
};
