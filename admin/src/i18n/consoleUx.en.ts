/**
 * English texts of drafts, task context panels and the program page's "what's next"
 * (issue 11). Merged in i18nProvider; consoleUx.tr.ts has the same keys.
 */
export const consoleUxEn = {
  mentorflow: {
    drafts: {
      autosave: 'Your typing is kept as a draft',
      pending: 'Unsaved changes…',
      saving: 'Saving draft…',
      saved_at: 'Draft saved at %{time}',
      error: 'Draft not saved (retrying)',
      restored: 'Your draft from %{time} is restored.',
      discard: 'Discard draft',
      leave_title: 'Leave this form?',
      leave_text: 'Your latest changes are not saved in the draft yet.',
      leave_save_failed: 'The draft could not be saved. Leave anyway and lose the latest changes, or stay.',
      stay: 'Stay',
      leave_anyway: 'Leave without saving',
      save_and_leave: 'Save draft and leave',
    },
    context: {
      title: 'What this builds on',
      self_assessment: 'Self-assessment',
      held_on: 'Session on %{dates}',
      grades: 'Grades',
      participants: 'Participants (%{count})',
      gender_observations: 'Observations on gender',
      improvement_areas: 'Improvement areas per element',
      gender_recommendations: 'Gender report: recommendations',
      mainstreaming_level: 'Mainstreaming level',
      last_grades: "Last grades (this year's self-assessment)",
      none: 'Not available yet',
      open_task: 'Open',
    },
    whats_next: {
      title: "What's next",
      next: 'Next',
      later: 'Then',
      none: 'Nothing is scheduled.',
      next_checkin: 'Next check-in',
      no_checkin: 'No check-in scheduled',
      started: 'Started %{date}',
      starts: 'Starts %{date}',
      kinds: {
        task_due: '%{task} due',
        mid_year_review: 'Mid-year gender plan review',
        no_contact_reminder: 'Reminder if there is no contact',
        year_end: 'Year %{year} ends',
        checkin: 'Check-in',
        implementation_end: 'Implementation support ends',
      },
      overdue: 'overdue',
    },
    stepper_year: {
      until: 'Until %{date}',
    },
    lists: {
      open_row: 'Open %{label}',
    },
  },
};
