import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useSimpleFormIterator, useTranslate } from 'react-admin';

interface AddItemsButtonProps {
  label: string;
  testId: string;
  /** The new entry's values; by default the inputs' own defaults. */
  item?: unknown;
}

/** A labelled "Add ..." button for a SimpleFormIterator (the default is an icon only). */
export const AddItemsButton = ({ label, testId, item }: AddItemsButtonProps) => {
  const { add } = useSimpleFormIterator();
  const translate = useTranslate();
  return (
    <Button size="small" startIcon={<AddIcon />} onClick={() => add(item)} data-testid={testId}>
      {translate(label)}
    </Button>
  );
};
