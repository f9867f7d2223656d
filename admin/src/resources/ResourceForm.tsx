import { Box, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  RadioButtonGroupInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { OwnerFiles } from '../documents/FileList';
import { STUDY_TYPES } from '../institutional/domain';
import { useConfigText } from '../institutional/useConfigText';
import type { ResourceRecord } from './types';

const url: Validator = (value: unknown) =>
  value && !/^https?:\/\/\S+$/.test(String(value)) ? 'mentorflow.resources.url_invalid' : undefined;

const LinkOrFile = () => {
  const kind = useWatch({ name: 'kind' });
  const record = useRecordContext<ResourceRecord>();
  const translate = useTranslate();
  if (kind === 'link')
    return <TextInput source="url" label="mentorflow.resources.url" validate={[required(), url, maxLength(2000)]} fullWidth />;
  return (
    <Box sx={{ mb: 2 }} data-testid="resource-file">
      <Typography variant="subtitle2">{translate('mentorflow.resources.file')}</Typography>
      {record?.id ? (
        <OwnerFiles ownerType="resource" ownerId={String(record.id)} canUpload label="mentorflow.resources.upload_file" />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('mentorflow.resources.file_after_save')}
        </Typography>
      )}
    </Box>
  );
};

/** A resource in both console languages, its link or file, and the elements and study types it serves. */
export const ResourceForm = () => {
  const text = useConfigText(undefined);
  const translate = useTranslate();
  const elementChoices = text.config.elements.map((e) => ({ id: e.slug, name: text.element(e.slug) }));
  const studyChoices = STUDY_TYPES.map((s) => ({ id: s, name: translate(`mentorflow.study_types.${s}`) }));
  return (
    <SimpleForm defaultValues={{ kind: 'link', elements: [], studyTypes: [], descriptionEn: '', descriptionTr: '' }} sx={{ maxWidth: 900 }}>
      <RadioButtonGroupInput
        source="kind"
        label="mentorflow.resources.kind"
        choices={[
          { id: 'link', name: 'mentorflow.resources.kinds.link' },
          { id: 'file', name: 'mentorflow.resources.kinds.file' },
        ]}
      />
      <LinkOrFile />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' }}>
        <TextInput source="titleEn" label="mentorflow.resources.title_en" validate={[required(), maxLength(200)]} />
        <TextInput source="titleTr" label="mentorflow.resources.title_tr" validate={[required(), maxLength(200)]} />
        <TextInput source="descriptionEn" label="mentorflow.resources.description_en" multiline minRows={2} validate={maxLength(4000)} />
        <TextInput source="descriptionTr" label="mentorflow.resources.description_tr" multiline minRows={2} validate={maxLength(4000)} />
      </Box>
      <CheckboxGroupInput source="elements" label="mentorflow.resources.elements" choices={elementChoices} row={false} />
      <CheckboxGroupInput source="studyTypes" label="mentorflow.resources.study_types" choices={studyChoices} row={false} />
    </SimpleForm>
  );
};
