/**
 * Where the portal shell loads a Fluent ReactView frame from. Like the real portal's
 * `https://sandbox-N.reactblade.portal.azure.net/React/Index?…`, the URL carries the portal's
 * origin and language but never the blade's route: the route and the blade inputs reach the frame
 * by postMessage.
 */
export type FluentRendering = 'fluent8' | 'fluent9';
export type AuthExperience = 'classic' | 'new';

export const FLUENT_RENDERINGS: readonly FluentRendering[] = ['fluent8', 'fluent9'];
export const FLUENT_FRAME_ORIGIN = 'https://sandbox-2.reactblade.portal.azure.net';
export const FLUENT_FRAME_PATH = '/React/Index';

export function isFluentRendering(value: string): value is FluentRendering {
  return (FLUENT_RENDERINGS as readonly string[]).includes(value);
}

export function fluentFrameSrc(opts: {
  rendering: FluentRendering;
  lang: string;
  delay: number;
  authExperience: AuthExperience;
  parentOrigin: string;
}): string {
  const src = new URL(FLUENT_FRAME_PATH, FLUENT_FRAME_ORIGIN);
  src.searchParams.set('trustedAuthority', opts.parentOrigin);
  src.searchParams.set('l', opts.lang === 'de' ? 'de.de-de' : 'en.en-us');
  src.searchParams.set('replicaRendering', opts.rendering);
  src.searchParams.set('replicaDelay', String(opts.delay));
  src.searchParams.set('replicaAuthExperience', opts.authExperience);
  return src.toString();
}
