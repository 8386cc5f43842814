/**
 * Embed mode (#19): `inbedden=1` shows one view without the site's header, menu and footer, with a link
 * to the full view, for an `<iframe>` on another site. The param stays on the links inside the view.
 */
import { registerUrlParam, type UrlParamSpec } from './url';

export const INBEDDEN_PARAM: UrlParamSpec = { name: 'inbedden', validate: (v) => v === '1' };
registerUrlParam(INBEDDEN_PARAM);

/** Whether the extra URL params ask for embed mode. */
export function isIngebed(extra: Readonly<Record<string, string>>): boolean {
  return extra[INBEDDEN_PARAM.name] === '1';
}

/** The extra params without embed mode (the link to the full view). */
export function zonderInbedden(extra: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (!(INBEDDEN_PARAM.name in extra)) return extra;
  const rest = { ...extra };
  delete rest[INBEDDEN_PARAM.name];
  return rest;
}

/** The same extra params in embed mode. */
export function metInbedden(extra: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return { ...extra, [INBEDDEN_PARAM.name]: '1' };
}
