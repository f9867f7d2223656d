import { useEffect, useRef } from 'react';
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import type { FormDef } from '../types';
import './formjs.css';

type Schema = FormDef['schema'];

/**
 * The form-js form builder (palette, canvas, properties panel) on one schema. Loaded on demand
 * (see LazyFormJs.tsx): it brings preact and its own styles, which only the designer needs.
 * `onChange` receives the saved schema after every change the builder makes.
 */
export const FormJsEditor = ({ schema, onChange }: { schema: Schema; onChange: (schema: Schema) => void }) => {
  const container = useRef<HTMLDivElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The builder owns the schema while it is open: it is imported once, not on every change.
  const initial = useRef(schema);
  useEffect(() => {
    if (!container.current) return;
    const editor = new FormEditor({ container: container.current });
    let alive = true;
    void editor.importSchema(initial.current as never).then(() => {
      if (!alive) return;
      editor.on('changed', () => onChangeRef.current(editor.saveSchema() as unknown as Schema));
    });
    return () => {
      alive = false;
      editor.destroy();
    };
  }, []);
  return (
    // A plain element (no MUI here): this chunk holds form-js alone, see LazyFormJs.tsx.
    <div ref={container} data-testid="form-builder" className="mentorflow-form-builder" />
  );
};

export default FormJsEditor;
