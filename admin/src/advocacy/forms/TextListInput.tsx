import { Box, Typography } from '@mui/material';
import { TextInput, maxLength, required, useTranslate } from 'react-admin';
import { ListInput } from '../../common/forms/ListInput';

const validateItem = [required(), maxLength(2000)];

/** At least `min` entries (the workflow's validator says the same). */
export const minEntries = (min: number) => (value: unknown[] | undefined) =>
  min > 0 && (value ?? []).length < min ? { message: 'mentorflow.advocacy.validation.list_min', args: { smart_count: min } } : undefined;

interface TextListInputProps {
  /** The array's field, e.g. "objectives" (server paths "objectives" and "objectives.2"). */
  source: string;
  label: string;
  addLabel: string;
  min?: number;
  readOnly: boolean;
  help?: string;
  /** data-testid of the add button; "add-<source>" by default. */
  testId?: string;
}

/**
 * A list of texts (objectives, allies, audience, ...): one input per entry, named
 * `<source>.N`, with "Add ..." (`data-testid="add-<source>"`) and remove buttons.
 */
export const TextListInput = ({ source, label, addLabel, min = 0, readOnly, help, testId }: TextListInputProps) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }} data-testid={`list-${source}`}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {translate(label)}
        {min === 0 && (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {translate('mentorflow.common.optional')}
          </Typography>
        )}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(help)}
        </Typography>
      )}
      <ListInput
        source={source}
        readOnly={readOnly}
        validate={minEntries(min)}
        add={{ label: addLabel, testId: testId ?? `add-${source}`, item: '' }}
        sx={{ mt: 0 }}
        linesSx={{
          '& .RaSimpleFormIterator-line': { alignItems: 'center', borderBottom: 0 },
          '& .RaSimpleFormIterator-index': { minWidth: 24 },
        }}
      >
        <TextInput
          source=""
          label={false}
          // No floating label in the row: the list's title says what it is.
          hiddenLabel
          size="small"
          margin="dense"
          validate={validateItem}
          helperText={false}
          autoComplete="off"
          sx={{ flex: 1, minWidth: 240, my: 0.25 }}
        />
      </ListInput>
    </Box>
  );
};
