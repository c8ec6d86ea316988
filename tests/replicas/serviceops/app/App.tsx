/**
 * The ServiceOps replica shell: header, admin nav, the two server lists with their drawer,
 * the "Last saved" panel, and the bare form served inside a foreign-origin iframe.
 */
import { useCallback, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import {
  emptyValues,
  makeRedirectUrl,
  seedRows,
  submittedValues,
  validate,
  randomHex,
  resolveAuthControl,
  type Direction,
  type Errors,
  type FieldKey,
  type SavedState,
  type ServerRow,
  type ServerValues,
  type UiVersion,
  type VersionInfo,
} from './model';
import { ServerForm } from './ServerForm';
import { Button, Drawer, MailIcon, Messages, PlusIcon, SearchIcon, cls, useToasts } from './ui';

declare global {
  interface Window {
    /** The payload of the last successful Save (also shown in <pre data-testid="saved-state">). */
    __serviceOpsLastSave?: SavedState;
    /** Successful saves since the page loaded. */
    __serviceOpsSaveCount: number;
    /** Clicks on Save, including ones that failed validation. */
    __serviceOpsSaveAttempts: number;
    __serviceOpsVersion: VersionInfo;
  }
}

export const ROUTES = {
  incoming: '/admin/support-channel/emails/incoming-email-servers',
  outgoing: '/admin/support-channel/emails/outgoing-email-servers',
  embed: '/embed/incoming-email-server',
} as const;

type Route = 'incoming' | 'outgoing' | 'embed';

function routeOf(pathname: string): Route {
  const p = pathname.replace(/\/+$/, '');
  if (p === ROUTES.outgoing) return 'outgoing';
  if (p === ROUTES.embed) return 'embed';
  return 'incoming';
}

const TITLE: Record<Direction, string> = { incoming: 'Incoming Email Servers', outgoing: 'Outgoing Email Servers' };
const NOUN: Record<Direction, string> = { incoming: 'Incoming Email Server', outgoing: 'Outgoing Email Server' };

interface DrawerState {
  direction: Direction;
  mode: 'add' | 'edit';
  rowId: string;
  values: ServerValues;
  errors: Errors;
  idSuffix: string;
}

function openState(direction: Direction, row?: ServerRow): DrawerState {
  const values = row ? { ...row.values } : emptyValues(direction);
  if (!values.redirectUrl) values.redirectUrl = makeRedirectUrl();
  return { direction, mode: row ? 'edit' : 'add', rowId: row?.id ?? `srv-${randomHex(4)}`, values, errors: {}, idSuffix: randomHex(2) };
}

/** Validates and, when valid, publishes the save. Returns the saved state or the errors. */
function trySave(d: DrawerState, version: VersionInfo): { saved: SavedState } | { errors: Errors } {
  window.__serviceOpsSaveAttempts += 1;
  const errors = validate(d.values, version.ui);
  if (Object.keys(errors).length > 0) return { errors };
  window.__serviceOpsSaveCount += 1;
  const saved: SavedState = {
    saveNumber: window.__serviceOpsSaveCount,
    direction: d.direction,
    mode: d.mode,
    version: version.full,
    origin: location.origin,
    serverId: d.rowId,
    values: submittedValues(d.values, version.ui),
  };
  window.__serviceOpsLastSave = saved;
  return { saved };
}

/** The Add/Edit drawer with its form: the replica's own rendering, or (`?ui=antd`) one built with antd itself. */
export interface DrawerFormProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSave: () => void;
  onTest: () => void;
  direction: Direction;
  ui: UiVersion;
  values: ServerValues;
  errors: Errors;
  idSuffix: string;
  onChange: (next: ServerValues, changed: FieldKey) => void;
  notify: (text: string) => void;
}

function OwnDrawerForm({ open, title, onClose, onSave, onTest, ...form }: DrawerFormProps) {
  return (
    <Drawer open={open} title={title} onClose={onClose} footer={<DrawerFooter onCancel={onClose} onSave={onSave} onTest={onTest} />}>
      {open ? <ServerForm key={form.idSuffix} {...form} authControl={resolveAuthControl(location.search)} /> : null}
    </Drawer>
  );
}

export function DrawerFooter({ onCancel, onSave, onTest }: { onCancel: () => void; onSave: () => void; onTest: () => void }) {
  return (
    <div className="so-drawer-footer">
      <Button onClick={onTest}>Test Connection</Button>
      <div className="so-spacer" />
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="primary" onClick={onSave}>
        Save
      </Button>
    </div>
  );
}

function SavedPanel({ saved }: { saved: SavedState | undefined }) {
  return (
    <section className="ant-card ant-card-bordered so-saved" aria-labelledby="last-saved-title">
      <div className="ant-card-head">
        <div className="ant-card-head-title" id="last-saved-title">
          Last saved
        </div>
      </div>
      <div className="ant-card-body">
        {saved ? <pre data-testid="saved-state">{JSON.stringify(saved, null, 2)}</pre> : <p className="so-empty">Nothing saved yet.</p>}
      </div>
    </section>
  );
}

function ServerTable({ rows, onEdit }: { rows: ServerRow[]; onEdit: (row: ServerRow) => void }) {
  return (
    <div className="ant-table-wrapper">
      <div className="ant-table">
        <div className="ant-table-container">
          <table>
            <thead className="ant-table-thead">
              <tr>
                <th className="ant-table-cell">Name</th>
                <th className="ant-table-cell">Email</th>
                <th className="ant-table-cell">Protocol</th>
                <th className="ant-table-cell">Host</th>
                <th className="ant-table-cell">Primary</th>
                <th className="ant-table-cell so-col-actions">Actions</th>
              </tr>
            </thead>
            <tbody className="ant-table-tbody">
              {rows.length === 0 ? (
                <tr className="ant-table-placeholder">
                  <td className="ant-table-cell" colSpan={6}>
                    <div className="so-empty">No data</div>
                  </td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.id} className="ant-table-row" data-row-key={row.id}>
                    <td className="ant-table-cell">
                      <span className="so-row-name">{row.values.name}</span>
                      {row.values.authType === 'OAuth' ? <span className="ant-tag ant-tag-blue">OAuth</span> : null}
                    </td>
                    <td className="ant-table-cell">{row.values.email}</td>
                    <td className="ant-table-cell">{row.values.protocol}</td>
                    <td className="ant-table-cell">
                      {row.values.host}:{row.values.port}
                    </td>
                    <td className="ant-table-cell">
                      {row.values.primary ? <span className="ant-tag ant-tag-green">Yes</span> : <span className="so-muted">No</span>}
                    </td>
                    <td className="ant-table-cell so-col-actions">
                      <Button type="link" onClick={() => onEdit(row)}>
                        Edit
                      </Button>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

function NavLink({ to, active, children, navigate }: { to: string; active?: boolean; children: string; navigate: (to: string) => void }) {
  return (
    <li className={cls('ant-menu-item', active && 'ant-menu-item-selected')} role="none">
      <a
        role="menuitem"
        href={to}
        aria-current={active ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          navigate(to);
        }}
      >
        {children}
      </a>
    </li>
  );
}

function Layout({ route, version, navigate, children }: { route: Route; version: VersionInfo; navigate: (to: string) => void; children: ReactNode }) {
  return (
    <div className="ant-layout so-app">
      <header className="ant-layout-header so-header">
        <div className="so-logo">
          <span className="so-logo-mark" aria-hidden="true">
            S
          </span>
          ServiceOps
        </div>
        <nav className="so-topnav" aria-label="Modules">
          {['Home', 'Requests', 'Problems', 'Changes', 'Releases', 'Assets', 'Admin'].map((m) => (
            <span key={m} className={cls('so-topnav-item', m === 'Admin' && 'so-topnav-active')}>
              {m}
            </span>
          ))}
        </nav>
        <div className="so-header-right">
          <span className="ant-avatar ant-avatar-circle" aria-label="Signed in as Admin">
            AD
          </span>
        </div>
      </header>
      <div className="ant-layout ant-layout-has-sider so-body">
        <aside className="ant-layout-sider ant-layout-sider-light so-sider">
          <nav aria-label="Admin">
            <div className="so-sider-title">Admin</div>
            <ul className="ant-menu ant-menu-root ant-menu-inline ant-menu-light" role="menu">
              <li className="ant-menu-submenu" role="none">
                <div className="ant-menu-submenu-title so-muted-title">Organization</div>
              </li>
              <li className="ant-menu-submenu" role="none">
                <div className="ant-menu-submenu-title so-muted-title">Users</div>
              </li>
              <li className="ant-menu-submenu ant-menu-submenu-open" role="none">
                <div className="ant-menu-submenu-title">Support Channel</div>
                <ul className="ant-menu ant-menu-sub ant-menu-inline" role="menu">
                  <li className="ant-menu-item-group" role="none">
                    <div className="ant-menu-item-group-title">Emails</div>
                    <ul className="ant-menu-item-group-list" role="menu">
                      <NavLink to={ROUTES.incoming} active={route === 'incoming'} navigate={navigate}>
                        Incoming Email Servers
                      </NavLink>
                      <NavLink to={ROUTES.outgoing} active={route === 'outgoing'} navigate={navigate}>
                        Outgoing Email Servers
                      </NavLink>
                      <li className="ant-menu-item so-muted-title" role="none">
                        Email Preferences
                      </li>
                    </ul>
                  </li>
                </ul>
              </li>
              <li className="ant-menu-submenu" role="none">
                <div className="ant-menu-submenu-title so-muted-title">Automation</div>
              </li>
              <li className="ant-menu-submenu" role="none">
                <div className="ant-menu-submenu-title so-muted-title">Help Desk</div>
              </li>
            </ul>
          </nav>
        </aside>
        <main className="ant-layout-content so-content">{children}</main>
      </div>
      <footer className="ant-layout-footer so-footer">
        <span data-testid="product-version">ServiceOps {version.full}</span>
        <span className="so-muted"> · © Motadata (test replica)</span>
      </footer>
    </div>
  );
}

function ListPage({
  direction,
  rows,
  onAdd,
  onEdit,
  saved,
  embedHostile,
  version,
}: {
  direction: Direction;
  rows: ServerRow[];
  onAdd: () => void;
  onEdit: (row: ServerRow) => void;
  saved: SavedState | undefined;
  embedHostile: boolean;
  version: VersionInfo;
}) {
  const [query, setQuery] = useState('');
  const shown = rows.filter((r) => r.direction === direction && `${r.values.name} ${r.values.email}`.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <>
      <nav className="ant-breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>Admin</li>
          <li className="ant-breadcrumb-separator" aria-hidden="true">
            /
          </li>
          <li>Support Channel</li>
          <li className="ant-breadcrumb-separator" aria-hidden="true">
            /
          </li>
          <li>Emails</li>
          <li className="ant-breadcrumb-separator" aria-hidden="true">
            /
          </li>
          <li aria-current="page">{TITLE[direction]}</li>
        </ol>
      </nav>
      <div className="so-page-head">
        <h1 className="so-page-title">
          <MailIcon /> {TITLE[direction]}
        </h1>
        <Button type="primary" icon={<PlusIcon />} onClick={onAdd}>
          {`Add ${NOUN[direction]}`}
        </Button>
      </div>
      <section className="ant-card ant-card-bordered">
        <div className="ant-card-body">
          <div className="so-toolbar">
            <span className="ant-input-affix-wrapper ant-input-outlined so-search">
              <span className="ant-input-prefix">
                <SearchIcon />
              </span>
              <input
                className="ant-input"
                type="search"
                placeholder="Search by name or email"
                aria-label="Search servers"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </span>
          </div>
          <ServerTable rows={shown} onEdit={onEdit} />
        </div>
      </section>
      {embedHostile ? (
        <section className="ant-card ant-card-bordered so-embed-card">
          <div className="ant-card-head">
            <div className="ant-card-head-title">Partner widget</div>
          </div>
          <div className="ant-card-body">
            <iframe
              title="Partner widget"
              className="so-embed-frame"
              src={`https://other-serviceops.test${ROUTES.embed}?version=${encodeURIComponent(version.full)}`}
            />
          </div>
        </section>
      ) : null}
      <SavedPanel saved={saved} />
    </>
  );
}

const CLOSED = { open: false, title: '', direction: 'incoming' as const, values: emptyValues('incoming'), errors: {}, idSuffix: 'closed' };

/** The form alone, for the foreign-origin iframe (other-serviceops.test). */
function EmbeddedForm({ version }: { version: VersionInfo }) {
  const [toasts, toast] = useToasts();
  const [d, setD] = useState<DrawerState>(() => openState('incoming'));
  const [saved, setSaved] = useState<SavedState | undefined>(undefined);
  const titleId = `embed_title_${d.idSuffix}`;
  return (
    <div className="so-embed-page">
      <div className="ant-drawer-content so-embed-panel" role="dialog" aria-labelledby={titleId}>
        <div className="ant-drawer-header">
          <div className="ant-drawer-title" id={titleId}>
            {`Add ${NOUN.incoming}`}
          </div>
        </div>
        <div className="ant-drawer-body">
          <ServerForm
            direction="incoming"
            ui={version.ui}
            values={d.values}
            errors={d.errors}
            idSuffix={d.idSuffix}
            notify={(t) => toast('info', t)}
            onChange={(values, changed) => setD((s) => ({ ...s, values, errors: { ...s.errors, [changed]: undefined } }))}
            authControl={resolveAuthControl(location.search)}
          />
        </div>
        <div className="ant-drawer-footer">
          <DrawerFooter
            onTest={() => toast('info', 'Connection test simulated — no mail server was contacted')}
            onCancel={() => setD(openState('incoming'))}
            onSave={() => {
              const r = trySave(d, version);
              if ('errors' in r) setD((s) => ({ ...s, errors: r.errors }));
              else {
                setSaved(r.saved);
                toast('success', `${NOUN.incoming} saved`);
                setD(openState('incoming'));
              }
            }}
          />
        </div>
      </div>
      <div className="so-footer">
        <span data-testid="product-version">ServiceOps {version.full}</span>
      </div>
      <SavedPanel saved={saved} />
      <Messages toasts={toasts} />
    </div>
  );
}

export function App({ version, DrawerForm = OwnDrawerForm }: { version: VersionInfo; DrawerForm?: ComponentType<DrawerFormProps> }) {
  const [path, setPath] = useState(location.pathname);
  const [rows, setRows] = useState<ServerRow[]>(seedRows);
  // ?drawer=add opens the Add drawer on load (handy for tests and screenshots).
  const [drawer, setDrawer] = useState<DrawerState | null>(() => {
    const r = routeOf(location.pathname);
    return new URLSearchParams(location.search).get('drawer') === 'add' && r !== 'embed' ? openState(r) : null;
  });
  const [saved, setSaved] = useState<SavedState | undefined>(undefined);
  const [toasts, toast] = useToasts();
  const route = routeOf(path);
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const embedHostile = params.get('embed') === 'hostile';

  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = route === 'embed' ? `Add ${NOUN.incoming} - ServiceOps` : `${TITLE[route]} - ServiceOps`;
  }, [route]);

  const navigate = useCallback((to: string) => {
    setDrawer(null);
    history.pushState(null, '', to + location.search);
    setPath(to);
  }, []);

  if (route === 'embed') return <EmbeddedForm version={version} />;

  const close = () => setDrawer(null);
  const save = () => {
    if (!drawer) return;
    const r = trySave(drawer, version);
    if ('errors' in r) {
      setDrawer({ ...drawer, errors: r.errors });
      return;
    }
    const row: ServerRow = { id: drawer.rowId, direction: drawer.direction, values: drawer.values };
    setRows((rs) => {
      const others = rs.map((x) =>
        row.values.primary && x.direction === row.direction && x.id !== row.id ? { ...x, values: { ...x.values, primary: false } } : x,
      );
      return others.some((x) => x.id === row.id) ? others.map((x) => (x.id === row.id ? row : x)) : [...others, row];
    });
    setSaved(r.saved);
    setDrawer(null);
    toast('success', `${NOUN[drawer.direction]} saved`);
  };

  return (
    <Layout route={route} version={version} navigate={navigate}>
      <ListPage
        direction={route}
        rows={rows}
        onAdd={() => setDrawer(openState(route))}
        onEdit={(row) => setDrawer(openState(route, row))}
        saved={saved}
        embedHostile={embedHostile}
        version={version}
      />
      {drawer ? (
        <DrawerForm
          open
          title={`${drawer.mode === 'add' ? 'Add' : 'Edit'} ${NOUN[drawer.direction]}`}
          onClose={close}
          onSave={save}
          onTest={() => toast('info', 'Connection test simulated — no mail server was contacted')}
          direction={drawer.direction}
          ui={version.ui}
          values={drawer.values}
          errors={drawer.errors}
          idSuffix={drawer.idSuffix}
          notify={(t) => toast('info', t)}
          onChange={(values, changed: FieldKey) => setDrawer((s) => (s ? { ...s, values, errors: { ...s.errors, [changed]: undefined } } : s))}
        />
      ) : (
        <DrawerForm {...CLOSED} onClose={close} onSave={save} onTest={() => undefined} notify={() => undefined} onChange={() => undefined} ui={version.ui} />
      )}
      <Messages toasts={toasts} />
    </Layout>
  );
}
