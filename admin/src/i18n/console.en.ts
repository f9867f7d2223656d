/** Texts of the lists, cohorts, dashboard, notifications and reports work (issue 11). */
export const consoleEn = {
  resources: {
    users: { fields: { programTypes: 'Mentors programs of type' } },
  },
  mentorflow: {
    reports: {
      counts: {
        organizations:
          'CSOs whose program reached year %{year} (%{smart_count} program) |||| CSOs whose program reached year %{year} (%{smart_count} programs)',
        mentors: 'Mentors of those programs',
        visits: '%{face} face-to-face visits and %{remote} remote support contacts logged for year %{year}',
        implementation_rate: '%{done} done of %{total} counted: %{planned} planned minus %{dropped} dropped',
        self_assessments: 'Completed for year %{year}',
        gender_reports: 'Completed for year %{year}',
        improvement_plans: 'Completed for year %{year}',
        re_evaluations: 'Completed at the end of year %{year}',
        gender_plans: 'Programs with gender mainstreaming items in their year %{year} plan',
        gender_plan_reviews: 'Completed during year %{year}',
        peer_learning: '(all years, not deleted)',
        attendances: 'One per CSO per meeting or workshop, all years',
        studies: 'Improvement items of year %{year} by study type: %{planned} planned (every status, dropped included), %{done} done',
        improvements:
          '%{smart_count} item planned for year %{year}: %{done} done, %{in_progress} in progress, %{not_started} not started, %{dropped} dropped. Rate %{rate} = %{done} done of %{total} (dropped left out) |||| %{smart_count} items planned for year %{year}: %{done} done, %{in_progress} in progress, %{not_started} not started, %{dropped} dropped. Rate %{rate} = %{done} done of %{total} (dropped left out)',
      },
      advocacy_counts: {
        programs: 'Running and ended, all cohorts',
        organizations: 'CSOs with an advocacy mentorship',
        mentors: 'Mentors following them',
        plans_developed: 'Mentorships with at least one plan draft',
        plans_finalised: 'Plans locked at the presentation session',
        checkins: 'Implementation check-ins logged',
        completed: 'Mentorships ended with an outcome',
        withdrawn: 'Mentorships withdrawn',
      },
      radar: {
        n: 'n = %{n}',
        view_paired: 'Before / after',
        view_self: 'Self-assessments',
        view_re: 'Re-evaluations',
        help_paired:
          'The %{smart_count} CSO with both a self-assessment and a re-evaluation in year %{year}: its grades at each |||| The %{smart_count} CSOs with both a self-assessment and a re-evaluation in year %{year}: their average grades at each',
        help_self:
          'Average over the %{smart_count} self-assessment of year %{year} |||| Average over the %{smart_count} self-assessments of year %{year}',
        help_re:
          'Average over the %{smart_count} re-evaluation of year %{year} |||| Average over the %{smart_count} re-evaluations of year %{year}',
      },
    },
    programs_list: {
      not_withdrawn: 'All but withdrawn',
    },
    notification_text: {
      task_assigned: 'New task: %{task} (year %{year}), due %{due}',
      task_overdue: 'Overdue: %{task} (year %{year}) was due %{due}',
      reassigned: 'Task reassigned to you: %{task} (year %{year})',
      no_contact_reminder: 'No visit or remote support logged since %{since}',
      no_contact_reminder_never: 'No visit or remote support logged since the plan was made',
      program_withdrawn: 'The program was withdrawn',
    },
    notification_state: {
      about: 'About',
      state: 'State',
      unread: 'Unread',
      read: 'Read',
      mark_read: 'Mark as read',
      open_task: 'Open task',
      open_program: 'Open program',
    },
    dashboard: {
      next_due: 'Next due',
      page_n: 'Page %{page}',
    },
    users: { program_types_help: 'The cohort wizard gives new CSOs of these types to this mentor.' },
    cohort: {
      already_running: 'Already runs an %{type} program',
      already_running_alert:
        '%{smart_count} organization already runs an %{type} program and will not be started. |||| %{smart_count} organizations already run an %{type} program and will not be started.',
      open_program: 'Open it',
      no_type_mentors: 'No active mentor mentors %{type} programs: set the program types on their user.',
      not_started: 'Not started: no mentor',
    },
  },
};
