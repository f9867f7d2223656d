import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Tab,
  Tabs,
  ToggleButton,
  ToggleButtonGroup,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { FormDef } from '../types';
import { LazyFormJsEditor, LazyFormJsViewer } from '../forms/LazyFormJs';
import { localizeSchema } from '../forms/localize';
import { useErrorsUnder } from './errors';
import type { PartEditorProps } from './fields';
import { TurkishLabels } from './TurkishLabels';

type View = 'builder' | 'tr' | 'preview';

/**
 * A task's or record's form: designed in the form-js builder (English), its Turkish labels in a
 * table, and a preview in either language with the form-js viewer. Every change goes straight
 * into the definition (and so into the autosaved draft).
 */
export const FormDesignerDialog = ({
  path,
  title,
  form,
  onChange,
  onClose,
  readOnly,
}: PartEditorProps<FormDef> & { title: string; form: FormDef; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  // Below 600 px form-js's three columns (palette, canvas, properties) cannot fit: the builder
  // would scroll sideways. The Turkish labels and the preview work at any width.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [view, setView] = useState<View>(readOnly ? 'preview' : 'builder');
  const [previewLocale, setPreviewLocale] = useState<'en' | 'tr'>('en');
  const errors = useErrorsUnder(path);
  return (
    <Dialog open fullScreen={phone} fullWidth maxWidth="xl" onClose={onClose} data-testid="form-designer">
      <DialogTitle sx={{ pb: 0 }}>{translate('mentorflow.designer.form_of', { name: title })}</DialogTitle>
      <Tabs value={view} onChange={(_, next: View) => setView(next)} sx={{ px: 2 }} variant="scrollable">
        {!readOnly && <Tab value="builder" label={translate('mentorflow.designer.builder')} data-testid="form-tab-builder" />}
        <Tab value="tr" label={translate('mentorflow.designer.turkish_labels')} data-testid="form-tab-tr" />
        <Tab value="preview" label={translate('mentorflow.designer.preview')} data-testid="form-tab-preview" />
      </Tabs>
      <DialogContent dividers sx={{ p: { xs: 1, sm: 2 } }}>
        {errors.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="form-errors">
            {errors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        {view === 'builder' && narrow && (
          <Alert severity="info" data-testid="form-builder-narrow">
            {translate('mentorflow.designer_phone.wider_screen')}
          </Alert>
        )}
        {view === 'builder' && !narrow && locale === 'tr' && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="form-builder-english">
            {translate('mentorflow.designer_phone.builder_english')}
          </Alert>
        )}
        {view === 'builder' && !narrow && <LazyFormJsEditor schema={form.schema} onChange={(schema) => onChange({ ...form, schema })} />}
        {view === 'tr' && <TurkishLabels path={path} form={form} readOnly={readOnly} onChange={(tr) => onChange({ ...form, tr })} />}
        {view === 'preview' && (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={previewLocale}
              onChange={(_, locale: 'en' | 'tr' | null) => locale && setPreviewLocale(locale)}
            >
              <ToggleButton value="en" data-testid="preview-en">
                English
              </ToggleButton>
              <ToggleButton value="tr" data-testid="preview-tr">
                Türkçe
              </ToggleButton>
            </ToggleButtonGroup>
            <LazyFormJsViewer key={previewLocale} schema={localizeSchema(form, previewLocale)} testId="form-preview" />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="form-designer-done">
          {translate('mentorflow.designer.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export default FormDesignerDialog;
