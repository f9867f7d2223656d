/** Liste, kohort, gösterge paneli, bildirim ve rapor metinleri (issue 11). */
export const consoleTr: typeof import('./console.en').consoleEn = {
    mentorflow: {},
};
