/**
 * English texts of designed program types in the manager's tools (issue 10's leftovers): bulk
 * close-stage, the cohort wizard's wording for any type, audit actions, designed programs'
 * history steps, dashboards, the designer on a phone. templateOps.tr.ts has the same keys.
 */
export const templateOpsEn = {
  mentorflow: {
    bulk: {
      'close-stage': {
        title: 'Close the current stage of %{smart_count} program? |||| Close the current stage of %{smart_count} programs?',
        confirm: 'Close %{smart_count} stage |||| Close %{smart_count} stages',
        content:
          'Each program of a designed type moves on from the stage it is in now, where its design lets the program manager close it; its open tasks there are cancelled. The others are refused with the reason.',
      },
    },
    // Designed types' names do not fit the built-in sentences ("an Institutional development program").
    cohort_designed: {
      already_running: 'Already runs a program of this type (%{type})',
      already_running_alert:
        '%{smart_count} organization already runs a program of this type (%{type}) and will not be started. |||| %{smart_count} organizations already run a program of this type (%{type}) and will not be started.',
      no_type_mentors: 'No active mentor mentors programs of this type (%{type}): set the program types on their user.',
    },
    audit: {
      target_types: { program_template: 'Program type', file: 'File', resource: 'Resource' },
    },
    template_programs: {
      history: {
        started: 'Program started',
        cycle_completed: 'Cycle completed',
        completed: 'Program completed',
        task_done: 'Task completed: %{name}',
        timer_open_task: 'Timer opened “%{name}”',
        timer_remind: 'Reminder sent',
        timer_end_stage: 'Timer ended the stage',
        timer: 'Timer fired',
      },
    },
    template_dashboard: {
      running: '%{name}: running',
      by_stage: '%{name} by stage',
      completed: 'Completed',
      tasks: 'Tasks of designed program types',
      no_tasks: 'No open tasks of designed program types.',
    },
    designer_phone: {
      // form-js 1.23 has no translation hook for its editor (bpmn-io/form-js#77): said where it shows.
      builder_english:
        'The form builder’s own menus are in English: form-js offers no translation for them. Type the fields’ Turkish labels in the “Turkish labels” tab.',
      wider_screen:
        'The form builder needs a wider screen (at least 600 px). On this screen you can read the form’s fields and edit their Turkish labels; open the designer on a computer or tablet to change the form.',
    },
  },
};
