/** Texts of the lists, cohorts, dashboard, notifications and reports work (issue 11). */
export const consoleEn = {
    mentorflow: {},
};
