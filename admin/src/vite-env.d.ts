/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Mentorflow API; defaults to the same-origin '/api'. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The messages of the login page, the frame and the inbox (admin/shell-messages.mts). */
declare module 'virtual:mentorflow-shell-messages/*' {
  const messages: import('react-admin').TranslationMessages;
  export default messages;
}
