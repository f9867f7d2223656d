/** Texts of the lists, cohorts, dashboard, notifications and reports work (issue 11). */
export const consoleEn = {
    resources: {
        users: { fields: { programTypes: 'Mentors programs of type' } },
    },
    mentorflow: {
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
