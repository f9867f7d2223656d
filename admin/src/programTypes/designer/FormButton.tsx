import { useState } from 'react';
import { Badge, Button } from '@mui/material';
import DynamicFormIcon from '@mui/icons-material/DynamicFormOutlined';
import { useTranslate } from 'react-admin';
import type { FormDef } from '../types';
import { keyedComponents } from '../forms/localize';
import { useErrorsUnder } from './errors';
import type { PartEditorProps } from './fields';
import { FormDesignerDialog } from './FormDesignerDialog';

/** "Design form (3 fields)": opens the form builder for a task's or a record's form. */
export const FormButton = ({ path, form, onChange, title, readOnly }: PartEditorProps<FormDef> & { form: FormDef; title: string }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const errors = useErrorsUnder(path);
  const fields = keyedComponents(form.schema).length;
  return (
    <>
      <Badge color="error" badgeContent={errors.length} invisible={errors.length === 0}>
        <Button
          variant="outlined"
          size="small"
          startIcon={<DynamicFormIcon />}
          onClick={() => setOpen(true)}
          data-path={path}
          data-testid={`${path}.open`}
          color={errors.length ? 'error' : 'primary'}
        >
          {translate(readOnly ? 'mentorflow.designer.view_form' : 'mentorflow.designer.design_form', { smart_count: fields })}
        </Button>
      </Badge>
      {open && (
        <FormDesignerDialog path={path} title={title} form={form} onChange={onChange} onClose={() => setOpen(false)} readOnly={readOnly} />
      )}
    </>
  );
};
