/** Texts of the lists, cohorts, dashboard, notifications and reports work (issue 11). */
export const consoleEn = {
    resources: {
        users: { fields: { programTypes: 'Mentors programs of type' } },
    },
    mentorflow: {
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
