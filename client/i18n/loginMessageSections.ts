/**
 * The sections of the message catalogue shown before any page but the login page has loaded:
 * the login page itself, the language switch, the tab's title, the "loading" line and error
 * messages of the login check. The page carries only these (`virtual:login-messages`, built by
 * vite.config.ts); every other page waits for the whole catalogue (allMessages.ts).
 */
export const loginMessageSections = ['app', 'auth', 'common', 'errors', 'language'] as const;
