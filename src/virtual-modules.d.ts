/** Provided by src/integrations/site-settings.ts. */
declare module 'virtual:news-reader/settings' {
  export const shareCards: boolean;
}
