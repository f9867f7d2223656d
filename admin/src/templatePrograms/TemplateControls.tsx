import { useState } from 'react';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { Button } from '@mui/material';
import { Confirm, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canControlPrograms, type Role } from '../auth/roles';
import { useWorkflowErrorHandler } from '../common/useWorkflowErrorHandler';
import { useAnnounceChange } from '../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../data/dataProvider';
import type { ProgramRecord } from '../institutional/types';
import { ControlBar } from '../programs/controls/ControlBar';
import { useText } from '../programTypes/text';
import type { TemplateProgramRecord } from './types';
import { useTemplateVersion } from './useTemplateVersion';

/** "Close stage": the workflow ends the program's current stage; the message names it. */
const useCloseStage = () => {
  const announce = useAnnounceChange();
  const onWorkflowError = useWorkflowErrorHandler();
  const dataProvider = useMentorflowDataProvider();
  return async (programId: string, stageId: string, name: string) => {
    try {
      await dataProvider.closeStage(programId, stageId);
      await announce({
        message: 'mentorflow.template_programs.stage_closed',
        messageArgs: { name },
        type: 'info',
        changed: ['programs', 'tasks'],
      });
    } catch (error) {
      await onWorkflowError(error);
    }
  };
};

/**
 * The shared controls (see ControlBar) and "Close stage" for a stage that the program manager ends, with a confirmation naming the stage.
 */
export const TemplateControls = () => {
  const program = useRecordContext<TemplateProgramRecord>();
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const text = useText();
  const closeStage = useCloseStage();
  const [closing, setClosing] = useState(false);
  const version = useTemplateVersion(program?.template?.key, program?.template?.version);
  if (!program || !canControlPrograms(permissions)) return null;
  const status = program.live?.status ?? program.status;
  const stageId = program.live?.stage ?? program.stage;
  const stage = version.data?.definition.stages.find((s) => s.id === stageId);
  const closable = status === 'active' && !!stage?.end.some((rule) => rule.kind === 'manager_close');
  return (
    <>
      <ControlBar
        program={program as unknown as ProgramRecord}
        status={status}
        extra={() => (
          <Button
            size="small"
            startIcon={<SkipNextIcon />}
            disabled={!closable}
            onClick={() => setClosing(true)}
            data-testid="control-close-stage"
          >
            {translate('mentorflow.template_programs.close_stage')}
          </Button>
        )}
      />
      <Confirm
        isOpen={closing}
        title="mentorflow.template_programs.close_stage_title"
        content="mentorflow.template_programs.close_stage_text"
        translateOptions={{ name: text(stage?.name) || stageId, organization: program.organizationName }}
        confirm="mentorflow.template_programs.close_stage"
        confirmColor="warning"
        onConfirm={() => {
          setClosing(false);
          void closeStage(program.id, stageId, text(stage?.name));
        }}
        onClose={() => setClosing(false)}
      />
    </>
  );
};
