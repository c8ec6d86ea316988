/**
 * Which ServiceOps a setup is meant for. An admin of several tenants (an MSP) may have granted
 * several ServiceOps servers: tenant B's secret must not go into ServiceOps A with one click. A
 * setup is bound to the origin of its first fill; a fill anywhere else is asked first.
 */
import { isGuid } from '../guid';
import type { Setup } from '../schemas';
import { t } from '../i18n/t';

/**
 * The origins a setup is bound to. Setups stored before the binding existed have none of their
 * own: the origin they were last filled into stands in (that is where the admin used them).
 */
export function boundOrigins(setup: Setup): string[] {
  return setup.serviceOpsOrigins ?? (setup.serviceOpsOrigin ? [setup.serviceOpsOrigin] : []);
}

/** Bound, but not to `origin`: the admin is asked before this setup goes there. */
export function boundElsewhere(setup: Setup, origin: string): boolean {
  const bound = boundOrigins(setup);
  return bound.length > 0 && !bound.includes(origin);
}

/** The setup with `origin` added to its binding. */
export function bindTo(setup: Setup, origin: string): Setup {
  const bound = boundOrigins(setup);
  return bound.includes(origin) ? { ...setup, serviceOpsOrigins: bound } : { ...setup, serviceOpsOrigins: [...bound, origin].slice(-20) };
}

/**
 * The setup the inline button of a ServiceOps page fills: the active one when it is bound there,
 * else the latest setup bound there, else the active one (unbound, or bound elsewhere and asked).
 */
export function inlineSetup(setups: Setup[], activeSetupId: string | null | undefined, origin: string): Setup | undefined {
  const active = setups.find((s) => s.id === activeSetupId) ?? setups[0];
  if (active && boundOrigins(active).includes(origin)) return active;
  const here = setups.filter((s) => boundOrigins(s).includes(origin)).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return here ?? active;
}

/** The tenant as the admin knows it; `short` cuts a GUID to its first block (for a page's own window). */
export function tenantLabel(setup: Setup, short = false): string {
  const tenant = setup.tenantId?.value ?? setup.tenantDomain ?? '';
  if (!tenant) return t('fill_noTenant');
  return short && isGuid(tenant) ? `${tenant.slice(0, 8)}…` : tenant;
}
