import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment } from '@mui/material';
import { TextInput, type TextInputProps } from 'react-admin';

/**
 * Full-text filter (`q`). A labelled TextInput rather than react-admin's SearchInput so it
 * lines up with the other labelled filters next to it. The icon is a start adornment
 * because the end one is the clear button.
 */
export const SearchFilterInput = (props: Omit<TextInputProps, 'source'> & { source?: string }) => (
  <TextInput
    source="q"
    label="ra.action.search"
    resettable
    slotProps={{
      input: {
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon color="disabled" fontSize="small" />
          </InputAdornment>
        ),
      },
    }}
    {...props}
  />
);
