import { useState } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Confirm, useTranslate } from 'react-admin';

/** Removes a part of the design after a confirmation naming it. */
export const RemoveButton = ({
  name,
  onRemove,
  testId,
  disabled,
}: {
  name: string;
  onRemove: () => void;
  testId: string;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const label = translate('mentorflow.designer.remove');
  return (
    <>
      <Tooltip title={label}>
        <span>
          <IconButton size="small" aria-label={`${label}: ${name}`} onClick={() => setOpen(true)} data-testid={testId} disabled={disabled}>
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Confirm
        isOpen={open}
        title="mentorflow.designer.remove_title"
        content="mentorflow.designer.remove_text"
        translateOptions={{ name: name || translate('mentorflow.designer.unnamed') }}
        confirm="mentorflow.designer.remove"
        confirmColor="warning"
        onConfirm={() => {
          setOpen(false);
          onRemove();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
