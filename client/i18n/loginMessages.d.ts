// The Chinese catalogue's login sections (client/i18n/loginMessageSections.ts), picked at build
// time by the plugin in vite.config.ts.
declare module 'virtual:login-messages' {
  const messages: Record<string, unknown>;
  export default messages;
}
