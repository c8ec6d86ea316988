/**
 * The Fluent frame's React root, shared by the v8 and v9 bundles: connects to the portal shell,
 * keeps the route it sends, and renders the blade for it with the bundle's views.
 */
import { useCallback, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SessionInfo } from '../api-types';
import { api, parseRoute, routeKey, type NotifyKind, type Route } from '../app/core';
import { labelsFor } from '../app/i18n';
import { connect, readFrameConfig, type Bridge, type FrameConfig } from './bridge';
import { EnvContext, sectionOf, type Env } from './model';

/** One component per blade; each reads its inputs from the environment (useEnv). */
export interface Views {
  Shell: ComponentType<{ children: ReactNode; cfg: FrameConfig }>;
  Home: ComponentType;
  Entra: ComponentType;
  AppList: ComponentType;
  Create: ComponentType;
  /** The app registration's menu blade; `children` is its section. */
  AppMenu: ComponentType<{ appId: string; section: string; children: ReactNode }>;
  Overview: ComponentType<{ appId: string }>;
  Credentials: ComponentType<{ appId: string }>;
  AuthClassic: ComponentType<{ appId: string }>;
  AuthNew: ComponentType<{ appId: string }>;
  Permissions: ComponentType<{ appId: string }>;
  Placeholder: ComponentType<{ appId: string; section: string }>;
  Enterprise: ComponentType<{ objectId: string; appId: string; section: string }>;
  NotFound: ComponentType;
  Bench: ComponentType;
}

function Blade({ views, route, authExperience }: { views: Views; route: Route; authExperience: FrameConfig['authExperience'] }) {
  switch (route.kind) {
    case 'home':
      return <views.Home />;
    case 'entra':
      return <views.Entra />;
    case 'appList':
      return <views.AppList />;
    case 'create':
      return <views.Create />;
    case 'app': {
      const section = sectionOf(route);
      const { appId } = route;
      const body =
        section === 'Overview' ? (
          <views.Overview appId={appId} />
        ) : section === 'Credentials' ? (
          <views.Credentials appId={appId} />
        ) : section === 'Authentication' ? (
          authExperience === 'new' ? (
            <views.AuthNew appId={appId} />
          ) : (
            <views.AuthClassic appId={appId} />
          )
        ) : section === 'CallAnAPI' ? (
          <views.Permissions appId={appId} />
        ) : (
          <views.Placeholder appId={appId} section={section} />
        );
      return (
        <views.AppMenu appId={appId} section={section}>
          {body}
        </views.AppMenu>
      );
    }
    case 'bench':
      return <views.Bench />;
    case 'enterprise':
      return <views.Enterprise objectId={route.objectId} appId={route.appId} section={route.section} />;
    default:
      return <views.NotFound />;
  }
}

function FrameApp({ views, cfg, session, bridge, hash }: { views: Views; cfg: FrameConfig; session: SessionInfo; bridge: Bridge; hash: string }) {
  const route = useMemo(() => parseRoute(hash), [hash]);
  const setTitle = useCallback((title: string, subtitle = '') => bridge.title(hash, title, subtitle), [bridge, hash]);
  const notify = useCallback((kind: NotifyKind, title: string, text?: string) => bridge.notify(kind, title, text), [bridge]);
  const env: Env = useMemo(
    () => ({
      L: labelsFor(cfg.lang),
      lang: cfg.lang,
      session,
      route,
      delay: cfg.delay,
      authExperience: cfg.authExperience,
      setTitle,
      navigate: bridge.navigate,
      notify,
    }),
    [cfg, session, route, setTitle, bridge, notify],
  );
  return (
    <EnvContext.Provider value={env}>
      <views.Shell cfg={cfg}>
        {/* A new route is a new blade: its state starts over. */}
        <Blade key={routeKey(route)} views={views} route={route} authExperience={cfg.authExperience} />
      </views.Shell>
    </EnvContext.Provider>
  );
}

function Root({ views, cfg, session }: { views: Views; cfg: FrameConfig; session: SessionInfo }) {
  const [hash, setHash] = useState<string | null>(null);
  const [bridge, setBridge] = useState<Bridge | null>(null);
  useEffect(() => setBridge(connect(cfg, setHash)), [cfg]);
  if (!bridge || hash === null) return null;
  return <FrameApp views={views} cfg={cfg} session={session} bridge={bridge} hash={hash} />;
}

export async function startFrame(views: Views, setup?: (cfg: FrameConfig) => void): Promise<void> {
  const cfg = readFrameConfig();
  document.documentElement.lang = cfg.lang;
  setup?.(cfg);
  let session: SessionInfo;
  try {
    session = await api<SessionInfo>('GET', 'session');
  } catch {
    session = { tenant: { id: '', domain: 'contoso.onmicrosoft.com', displayName: 'Contoso' }, user: { name: 'Admin', upn: 'admin@contoso.onmicrosoft.com' } };
  }
  const el = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(el).render(<Root views={views} cfg={cfg} session={session} />);
}
