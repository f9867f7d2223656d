import { useEffect, useRef } from 'react';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import type { FormDef } from '../types';
import './formjs.css';

/** The form's fields as form-js registered them (ids are generated when the schema has none). */
const fieldsOf = (viewer: Form): { id: string; key: string }[] =>
  (viewer.get('formFieldRegistry') as { getAll: () => { id: string; key?: string }[] })
    .getAll()
    .filter((field): field is { id: string; key: string } => typeof field.key === 'string');

type Schema = FormDef['schema'];

interface FormJsViewerProps {
  /** Already in the reader's language (localizeSchema). */
  schema: Schema;
  data?: Record<string, unknown>;
  readOnly?: boolean;
  /** The server's 400 errors by field key, shown on their fields. */
  errors?: Record<string, string>;
  onChange?: (data: Record<string, unknown>) => void;
  /** Receives a function that runs form-js's own validation and returns the data and errors by key. */
  onReady?: (api: { submit: () => { data: Record<string, unknown>; errors: Record<string, string> } }) => void;
  testId?: string;
}

/**
 * A form-js form (the viewer) filled in place. Loaded on demand (LazyFormJs.tsx). form-js keys its
 * field errors by component id; the server names field keys, so they are mapped through the schema.
 */
export const FormJsViewer = ({ schema, data, readOnly, errors, onChange, onReady, testId = 'form-viewer' }: FormJsViewerProps) => {
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const dataRef = useRef(data);
  dataRef.current = data;
  const schemaJson = JSON.stringify(schema);

  useEffect(() => {
    if (!container.current) return;
    const viewer = new Form({ container: container.current });
    form.current = viewer;
    let alive = true;
    void viewer.importSchema(JSON.parse(schemaJson), dataRef.current ?? {}).then(() => {
      if (!alive) return;
      viewer.on('changed', (event: { data: Record<string, unknown> }) => onChangeRef.current?.(event.data));
      onReadyRef.current?.({
        submit: () => {
          const byId = new Map(fieldsOf(viewer).map((field) => [field.id, field.key]));
          const result = viewer.submit();
          const byKey: Record<string, string> = {};
          for (const [id, messages] of Object.entries(result.errors ?? {})) {
            byKey[byId.get(id) ?? id] = Array.isArray(messages) ? messages.join(' ') : String(messages);
          }
          return { data: result.data as Record<string, unknown>, errors: byKey };
        },
      });
    });
    return () => {
      alive = false;
      form.current = null;
      viewer.destroy();
    };
    // The form is rebuilt when its schema (or language) changes; data changes come from the form itself.
  }, [schemaJson]);

  useEffect(() => {
    form.current?.setProperty('readOnly', !!readOnly);
  }, [readOnly, schemaJson]);

  const errorsJson = JSON.stringify(errors ?? {});
  useEffect(() => {
    const viewer = form.current;
    if (!viewer || !errors) return;
    const ids = new Map(fieldsOf(viewer).map((field) => [field.key, field.id]));
    const byId: Record<string, string[]> = {};
    for (const [key, message] of Object.entries(errors)) {
      const id = ids.get(key.split('.')[0]);
      if (id) byId[id] = [message];
    }
    // form-js's own state holds field errors by component id (what its fields render).
    (viewer as unknown as { _setState: (state: unknown) => void })._setState({ errors: byId });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errorsJson, schemaJson]);

  return <div ref={container} data-testid={testId} data-readonly={readOnly ? 'true' : 'false'} className="mentorflow-form-viewer" />;
};

export default FormJsViewer;
