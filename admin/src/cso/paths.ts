/** The CSO view's own routes (custom routes in App.tsx). */
export const csoProgramPath = (programId: string) => `/cso/programs/${programId}`;
export const csoGradingPath = (programId: string, year: number) => `/cso/programs/${programId}/grading/${year}`;
export const csoTaskPath = (taskId: string) => `/cso/tasks/${taskId}`;
