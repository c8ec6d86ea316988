/** The blades drawn with Fluent UI v9 (`@fluentui/react-components`), over the shared hooks in ../model. */
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  CompoundButton,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  FluentProvider,
  Input,
  Label,
  Link,
  Menu as FluentMenu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Option,
  OverlayDrawer,
  Radio,
  RadioGroup,
  SearchBox,
  Spinner,
  Subtitle1,
  Switch,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TabList,
  Text,
  Title3,
  Toolbar,
  ToolbarButton,
  webLightTheme,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ArrowUndoRegular,
  CheckmarkCircleFilled,
  CheckmarkRegular,
  ChevronDownRegular,
  ChevronLeftRegular,
  ChevronRightRegular,
  CopyRegular,
  DeleteRegular,
  DismissRegular,
  EmojiRegular,
  FlashRegular,
  GlobeRegular,
  MoreHorizontalRegular,
  QuestionCircleRegular,
  SaveRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import type { AppSummary, CatalogResource } from '../../api-types';
import type { Views } from '../root';
import {
  appMenu,
  copyText,
  DECORATIVE_TILES,
  enterpriseMenu,
  formatDate,
  HASH,
  overviewFields,
  useAppDetail,
  useAppList,
  useAuthentication,
  useCreateForm,
  useEnterprise,
  useEnv,
  usePermissions,
  usePlatformPane,
  useSecrets,
  type EssentialField,
  type MenuGroup,
  type BenchRow,
  type SecretRow,
  useBench,
} from '../model';

const col = { display: 'flex', flexDirection: 'column', gap: 12 } as const;
const row = { display: 'flex', flexDirection: 'row', gap: 12, alignItems: 'center', flexWrap: 'wrap' } as const;
const section = { ...col, padding: '12px 24px' } as const;

function Heading({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  return level === 2 ? (
    <Title3 as="h2" block style={{ margin: '16px 0 4px' }}>
      {children}
    </Title3>
  ) : (
    <Subtitle1 as="h3" block style={{ margin: '12px 0 4px' }}>
      {children}
    </Subtitle1>
  );
}

function Loading() {
  const { L } = useEnv();
  return <Spinner label={L.loading} style={{ padding: 24 }} />;
}

function Note({ intent = 'info', children }: { intent?: 'info' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

function Failure({ text }: { text: string }) {
  const { L } = useEnv();
  return (
    <Note intent="error">
      {L.requestFailed} {text}
    </Note>
  );
}

function CopyButton({ value }: { value: string }) {
  const { L } = useEnv();
  return (
    <Button
      appearance="transparent"
      size="small"
      icon={<CopyRegular />}
      title={L.copyToClipboard}
      aria-label={L.copyToClipboard}
      onClick={() => copyText(value)}
    />
  );
}

function CommandBar({ label = 'Command bar', children }: { label?: string; children?: ReactNode }) {
  const { L } = useEnv();
  return (
    <Toolbar aria-label={label} style={{ borderBottom: '1px solid #e0e0e0', padding: '4px 16px' }}>
      {children}
      {label === 'Command bar' ? <ToolbarButton icon={<EmojiRegular />}>{L.gotFeedback}</ToolbarButton> : null}
    </Toolbar>
  );
}

function Menu({ groups, selected, children }: { groups: MenuGroup[]; selected: string; children: ReactNode }) {
  const { L } = useEnv();
  return (
    <div style={{ display: 'flex', minHeight: '100%' }}>
      <nav aria-label={L.resourceMenu} style={{ width: 220, flexShrink: 0, borderRight: '1px solid #e0e0e0', padding: '8px 0' }}>
        {groups.map((g, i) => (
          <div key={i} role="group" aria-label={g.label}>
            {g.label ? <Caption1 style={{ display: 'block', padding: '12px 16px 4px', fontWeight: 600 }}>{g.label}</Caption1> : null}
            {g.links.map((l) => (
              <Link
                key={l.key}
                href={l.href}
                aria-current={l.key === selected ? 'page' : undefined}
                appearance="subtle"
                style={{ display: 'block', padding: '6px 16px', background: l.key === selected ? '#ebebeb' : undefined }}
              >
                {l.label}
              </Link>
            ))}
          </div>
        ))}
      </nav>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </div>
  );
}

/** A DataGrid over `items` (Fluent v9's grid: role=grid, rows and gridcells). */
function Grid<T>({
  items,
  columns,
  getRowId,
  label,
  className,
}: {
  items: T[];
  columns: TableColumnDefinition<T>[];
  getRowId: (t: T) => string;
  label: string;
  className?: string;
}) {
  return (
    <DataGrid items={items} columns={columns} getRowId={getRowId} aria-label={label} className={className}>
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<T>>
        {({ item, rowId }) => <DataGridRow<T> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>}
      </DataGridBody>
    </DataGrid>
  );
}

function column<T>(columnId: string, header: string, cell: (t: T) => ReactNode): TableColumnDefinition<T> {
  return createTableColumn<T>({ columnId, renderHeaderCell: () => header, renderCell: (t) => <TableCellLayout truncate>{cell(t)}</TableCellLayout> });
}

function Pane({
  open,
  onClose,
  title,
  footer,
  children,
  size = 'medium',
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  footer?: ReactNode;
  children: ReactNode;
  size?: 'medium' | 'large';
}) {
  const { L } = useEnv();
  return (
    <OverlayDrawer open={open} onOpenChange={(_, d) => !d.open && onClose()} position="end" size={size}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={L.close} icon={<DismissRegular />} onClick={onClose} />}>{title}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div style={col}>{children}</div>
      </DrawerBody>
      {footer ? <DrawerFooter>{footer}</DrawerFooter> : null}
    </OverlayDrawer>
  );
}

// ---------------------------------------------------------------- general blades

function Shell({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}

function Home() {
  const { L, setTitle } = useEnv();
  useEffect(() => setTitle(L.home), [L, setTitle]);
  return (
    <div style={section}>
      <Heading>{L.azureServices}</Heading>
      <div style={row}>
        <Link href={HASH.entra}>{L.entraId}</Link>
        <Link href={HASH.appList}>{L.appRegistrations}</Link>
      </div>
    </div>
  );
}

function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return (
    <Field label={label} style={{ maxWidth: 480 }}>
      <Input readOnly value={value} contentAfter={<CopyButton value={value} />} />
    </Field>
  );
}

function Entra() {
  const { L, session, setTitle } = useEnv();
  useEffect(() => setTitle(`${session.tenant.displayName} | ${L.overview}`, L.entraId), [L, session, setTitle]);
  const groups: MenuGroup[] = [
    { links: [{ key: 'Overview', label: L.overview, href: HASH.entra }] },
    { label: L.manage, links: [{ key: 'RegisteredApps', label: L.appRegistrations, href: HASH.appList }] },
  ];
  return (
    <Menu groups={groups} selected="Overview">
      <div style={section}>
        <Body1>{L.tenantOverviewText}</Body1>
        <Heading level={3}>{L.basicInformation}</Heading>
        <ReadOnlyField label={L.name} value={session.tenant.displayName} />
        <ReadOnlyField label={L.tenantId} value={session.tenant.id} />
        <ReadOnlyField label={L.primaryDomain} value={session.tenant.domain} />
      </div>
    </Menu>
  );
}

function AppList() {
  const { L, lang, navigate } = useEnv();
  const list = useAppList();
  const [tab, setTab] = useState('all');
  const columns = [
    column<AppSummary>('displayName', L.displayName, (a) => <Link href={HASH.app('Overview', a.appId)}>{a.displayName}</Link>),
    column<AppSummary>('appId', L.applicationClientId, (a) => a.appId),
    column<AppSummary>('created', L.createdOn, (a) => formatDate(a.createdDateTime, lang)),
    column<AppSummary>('credentials', L.certificatesAndSecrets, (a) =>
      a.secretCount ? (
        <span style={row}>
          <CheckmarkCircleFilled color="#107c10" /> {L.current}
        </span>
      ) : null,
    ),
  ];
  return (
    <div>
      <CommandBar>
        <ToolbarButton icon={<AddRegular />} onClick={() => navigate(HASH.create)}>
          {L.newRegistration}
        </ToolbarButton>
        <ToolbarButton icon={<GlobeRegular />}>{L.endpoints}</ToolbarButton>
        <ToolbarButton icon={<QuestionCircleRegular />}>{L.troubleshooting}</ToolbarButton>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => void list.reload()}>
          {L.refresh}
        </ToolbarButton>
        <ToolbarButton icon={<ArrowDownloadRegular />}>{L.download}</ToolbarButton>
        <ToolbarButton icon={<FlashRegular />}>{L.previewFeatures}</ToolbarButton>
      </CommandBar>
      <div style={section}>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={L.appRegistrations}>
          <Tab value="all">{L.allApplications}</Tab>
          <Tab value="owned">{L.ownedApplications}</Tab>
          <Tab value="deleted">{L.deletedApplications}</Tab>
        </TabList>
        {tab === 'all' ? (
          <>
            <SearchBox
              placeholder={L.listFilterPlaceholder}
              aria-label={L.listFilterPlaceholder}
              value={list.filter}
              onChange={(_, d) => list.setFilter(d.value)}
            />
            {list.error ? <Failure text={list.error} /> : null}
            {list.apps === null && !list.error ? <Loading /> : null}
            {list.apps ? (
              <>
                <Text role="status">{L.appsFound(list.shown.length)}</Text>
                <Grid items={list.shown} columns={columns} getRowId={(a) => a.appId} label={L.appRegistrations} />
                {list.shown.length ? null : <Body1>{L.noApplications}</Body1>}
              </>
            ) : null}
          </>
        ) : (
          <Body1>{L.noApplications}</Body1>
        )}
      </div>
    </div>
  );
}

function Create() {
  const { L } = useEnv();
  const f = useCreateForm();
  const platformLabel = f.platforms.find((p) => p.value === f.platform)?.label ?? '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        f.submit();
      }}
    >
      <div style={section}>
        <Field label={L.name} required hint={L.nameHelp} style={{ maxWidth: 640 }}>
          <Input value={f.name} onChange={(_, d) => f.setName(d.value)} autoComplete="off" autoFocus />
        </Field>
        <Heading>{L.supportedAccountTypes}</Heading>
        <Field label={L.whoCanUse}>
          <RadioGroup value={f.audience} onChange={(_, d) => f.setAudience(f.audiences.find((a) => a.value === d.value)?.value ?? 'AzureADMyOrg')}>
            {f.audiences.map((a) => (
              <Radio key={a.value} value={a.value} label={a.label} />
            ))}
          </RadioGroup>
        </Field>
        <Link onClick={(e) => e.preventDefault()}>{L.helpMeChoose}</Link>
        <Heading>{L.redirectUriOptional}</Heading>
        <Body1>{L.redirectUriHelp}</Body1>
        <div style={row}>
          <Dropdown
            aria-label={L.selectPlatform}
            placeholder={L.selectPlatform}
            value={platformLabel}
            selectedOptions={f.platform ? [f.platform] : []}
            onOptionSelect={(_, d) => f.setPlatform(f.platforms.find((p) => p.value === d.optionValue)?.value ?? '')}
          >
            {f.platforms.map((p) => (
              <Option key={p.value} value={p.value}>
                {p.label}
              </Option>
            ))}
          </Dropdown>
          <Input style={{ flex: 1 }} placeholder={L.redirectUriPlaceholder} aria-label={L.redirectUri} value={f.uri} onChange={(_, d) => f.setUri(d.value)} />
        </div>
        {f.error ? <Note intent="error">{f.error}</Note> : null}
        <Body1>{L.policies}</Body1>
        <div>
          <Button type="submit" appearance="primary" disabled={!f.canSubmit}>
            {L.register}
          </Button>
        </div>
      </div>
    </form>
  );
}

function NotFound() {
  const { L, setTitle } = useEnv();
  useEffect(() => setTitle(L.notFound), [L, setTitle]);
  return (
    <div style={section}>
      <Note intent="warning">{L.notFoundText}</Note>
    </div>
  );
}

// ---------------------------------------------------------------- app registration

function AppMenu({ appId, section: current, children }: { appId: string; section: string; children: ReactNode }) {
  const { L, authExperience } = useEnv();
  return (
    <Menu groups={appMenu(L, appId, authExperience)} selected={current}>
      {children}
    </Menu>
  );
}

/** The portal's Essentials items: `essentialsItem-N` holding `essentialsLabel-N` and `essentialsValue-N`. */
function Essentials({ fields, offset }: { fields: EssentialField[]; offset: number }) {
  const base = useId().replace(/\W/g, '');
  return (
    <div style={{ ...col, gap: 6 }}>
      {fields.map((f, i) => {
        const n = offset + i;
        const labelId = `${base}-essentialsLabel-${n}`;
        return (
          <div key={f.label} className={`essentialsItem-${n}`} style={{ display: 'flex', gap: 8, alignItems: 'center', minHeight: 28 }}>
            <Label id={labelId} className={`essentialsLabel-${n}`} style={{ width: 200, flexShrink: 0 }}>
              {f.label}
            </Label>
            <div className={`essentialsValue-${n}`} aria-labelledby={labelId} style={{ display: 'flex', alignItems: 'center' }}>
              {f.link ? <Link href={f.link.href}>{f.link.text}</Link> : null}
              {f.text ? <Text>{f.text}</Text> : null}
              {f.guid ? (
                <>
                  <Text>{f.guid}</Text>
                  <CopyButton value={f.guid} />
                </>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

function Overview({ appId }: { appId: string }) {
  const { L } = useEnv();
  const { app, error } = useAppDetail(appId, 'Overview');
  const fields = app ? overviewFields(L, app) : null;
  const [tab, setTab] = useState('start');
  return (
    <div>
      <CommandBar>
        <ToolbarButton icon={<DeleteRegular />}>{L.delete}</ToolbarButton>
        <ToolbarButton icon={<GlobeRegular />}>{L.endpoints}</ToolbarButton>
        <ToolbarButton icon={<FlashRegular />}>{L.previewFeatures}</ToolbarButton>
      </CommandBar>
      <div style={section}>
        {error ? <Failure text={error} /> : null}
        {!app && !error ? <Loading /> : null}
        {fields ? (
          <section aria-label={L.essentials}>
            <Heading level={3}>{L.essentials}</Heading>
            <div style={{ ...row, alignItems: 'flex-start', gap: 48 }}>
              <Essentials fields={fields.left} offset={0} />
              <Essentials fields={fields.right} offset={fields.left.length} />
            </div>
          </section>
        ) : null}
        {app ? (
          <>
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={L.overview}>
              <Tab value="start">{L.getStarted}</Tab>
              <Tab value="docs">{L.documentation}</Tab>
            </TabList>
            {tab === 'start' ? (
              <>
                <Heading level={3}>{L.buildYourApp}</Heading>
                <Body1>{L.buildYourAppText}</Body1>
              </>
            ) : (
              <Body1>Microsoft identity platform · Authentication scenarios · Authentication libraries · Code samples</Body1>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

function Placeholder({ appId, section: current }: { appId: string; section: string }) {
  const { L } = useEnv();
  const { app, error } = useAppDetail(appId, current);
  if (error) return <Failure text={error} />;
  return app ? (
    <div style={section}>
      <Note>{L.notAvailable}</Note>
    </div>
  ) : (
    <Loading />
  );
}

function Credentials({ appId }: { appId: string }) {
  const { L, lang } = useEnv();
  const s = useSecrets(appId);
  const [tab, setTab] = useState('secrets');
  const columns = [
    column<SecretRow>('description', L.description, (r) => r.secret.displayName),
    column<SecretRow>('expires', L.expires, (r) => formatDate(r.secret.endDateTime, lang)),
    column<SecretRow>('value', L.value, (r) => (
      <>
        <span style={{ fontFamily: 'Consolas, monospace' }}>{r.value}</span>
        <CopyButton value={r.value} />
      </>
    )),
    column<SecretRow>('secretId', L.secretId, (r) => (
      <>
        <span>{r.secret.keyId}</span>
        <CopyButton value={r.secret.keyId} />
      </>
    )),
    column<SecretRow>('delete', '', (r) => (
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        title={L.delete}
        aria-label={L.deleteSecret(r.secret.displayName || r.secret.keyId)}
        onClick={() => void s.remove(r.secret)}
      />
    )),
  ];
  if (s.error) return <Failure text={s.error} />;
  if (!s.app) return <Loading />;
  const presetLabel = s.presets.find((p) => p.value === s.pane.expires)?.label ?? '';
  return (
    <div>
      <CommandBar />
      <div style={section}>
        <Body1>{L.credentialsIntro}</Body1>
        <Note>{L.secretBanner}</Note>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={L.certificatesAndSecrets}>
          <Tab value="certs">{L.certificatesTab(0)}</Tab>
          <Tab value="secrets">{L.clientSecretsTab(s.rows.length)}</Tab>
          <Tab value="federated">{L.federatedTab(0)}</Tab>
        </TabList>
        {tab === 'certs' ? <Body1>{L.noCertificates}</Body1> : null}
        {tab === 'federated' ? <Body1>{L.noFederated}</Body1> : null}
        {tab === 'secrets' ? (
          <>
            <Body1>{L.clientSecretsIntro}</Body1>
            <CommandBar label={L.clientSecrets}>
              <ToolbarButton icon={<AddRegular />} onClick={s.pane.show}>
                {L.newClientSecret}
              </ToolbarButton>
            </CommandBar>
            <Grid items={s.rows} columns={columns} getRowId={(r) => r.secret.keyId} label={L.clientSecrets} />
            {s.rows.length ? null : <Body1>{L.noSecrets}</Body1>}
          </>
        ) : null}
      </div>
      <Pane
        open={s.pane.open}
        onClose={s.pane.close}
        title={L.addClientSecret}
        footer={
          <>
            <Button appearance="primary" onClick={s.pane.add} disabled={s.pane.busy}>
              {L.add}
            </Button>
            <Button onClick={s.pane.close}>{L.cancel}</Button>
          </>
        }
      >
        <Field label={L.description}>
          <Input
            placeholder={L.descriptionPlaceholder}
            value={s.pane.description}
            onChange={(_, d) => s.pane.setDescription(d.value)}
            autoComplete="off"
            autoFocus
          />
        </Field>
        <Field label={L.expires}>
          <Dropdown
            value={presetLabel}
            selectedOptions={[s.pane.expires]}
            onOptionSelect={(_, d) => s.pane.setExpires(s.presets.find((p) => p.value === d.optionValue)?.value ?? '180d')}
          >
            {s.presets.map((p) => (
              <Option key={p.value} value={p.value}>
                {p.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {s.pane.error ? <Note intent="error">{s.pane.error}</Note> : null}
      </Pane>
    </div>
  );
}

function PlatformPane({ pane }: { pane: ReturnType<typeof usePlatformPane> }) {
  const { L } = useEnv();
  const title = pane.platform === 'web' ? L.configureWeb : pane.platform === 'spa' ? L.configureSpa : L.configurePlatforms;
  return (
    <Pane
      open={pane.open}
      onClose={pane.close}
      title={title}
      footer={
        pane.platform ? (
          <>
            <Button appearance="primary" disabled={!pane.canConfigure} onClick={() => void pane.configure()}>
              {L.configure}
            </Button>
            <Button onClick={pane.close}>{L.cancel}</Button>
          </>
        ) : undefined
      }
    >
      {pane.platform ? (
        <>
          <div>
            <Button appearance="transparent" icon={<ChevronLeftRegular />} onClick={() => pane.choose(null)}>
              {L.configurePlatforms}
            </Button>
          </div>
          <Field label={L.redirectUris} required hint={L.redirectUrisHelp} validationMessage={pane.error || undefined}>
            <Input placeholder={L.redirectUriPlaceholder} value={pane.uri} onChange={(_, d) => pane.setUri(d.value)} autoFocus />
          </Field>
        </>
      ) : (
        <>
          <Heading level={3}>{L.webApplications}</Heading>
          <div style={row}>
            <CompoundButton secondaryContent={L.webTile} onClick={() => pane.choose('web')}>
              {L.platformWeb}
            </CompoundButton>
            <CompoundButton secondaryContent={L.spaTile} onClick={() => pane.choose('spa')}>
              {L.platformSpa}
            </CompoundButton>
          </div>
          <Heading level={3}>Mobile and desktop applications</Heading>
          <div style={row}>
            <CompoundButton secondaryContent="Objective-C, Swift, Xamarin" disabled>
              iOS / macOS
            </CompoundButton>
            <CompoundButton secondaryContent="Java, Kotlin, Xamarin" disabled>
              Android
            </CompoundButton>
          </div>
        </>
      )}
    </Pane>
  );
}

function PublicClientBullets() {
  const { L } = useEnv();
  return (
    <>
      <Body1>{L.enableMobileDesktopFlows}</Body1>
      <ul style={{ margin: 0 }}>
        {L.publicClientBullets.map((t) => (
          <li key={t}>
            <Body1>{t}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}

function AuthClassic({ appId }: { appId: string }) {
  const { L } = useEnv();
  const a = useAuthentication(appId);
  const pane = usePlatformPane(a.addRedirect);
  if (a.error) return <Failure text={a.error} />;
  if (!a.app || !a.pending) return <Loading />;
  const pending = a.pending;
  const platforms = (['web', 'spa'] as const).filter((p) => pending[p].length || (p === 'web' ? a.app?.webRedirectUris : a.app?.spaRedirectUris)?.length);
  return (
    <div>
      <CommandBar>
        <ToolbarButton icon={<SaveRegular />} disabled={!a.dirty} onClick={a.save}>
          {L.save}
        </ToolbarButton>
        <ToolbarButton icon={<ArrowUndoRegular />} disabled={!a.dirty} onClick={a.discard}>
          {L.discard}
        </ToolbarButton>
      </CommandBar>
      <div style={section}>
        {a.dirty ? <Note intent="warning">{L.unsavedChanges}</Note> : null}
        <Heading>{L.platformConfigurations}</Heading>
        <Body1>{L.platformIntro}</Body1>
        <div>
          <Button appearance="transparent" icon={<AddRegular />} onClick={pane.show}>
            {L.addAPlatform}
          </Button>
        </div>
        {platforms.length ? null : <Body1>{L.noPlatforms}</Body1>}
        {platforms.map((platform) => (
          <div key={platform} data-platform={platform} style={{ ...col, border: '1px solid #e0e0e0', padding: 16, maxWidth: 720 }}>
            <Heading level={3}>{platform === 'web' ? L.platformWeb : L.platformSpa}</Heading>
            <Body1>{L.redirectUrisHelp}</Body1>
            {pending[platform].map((uri, i) => (
              <div key={i} style={row}>
                <Input style={{ flex: 1 }} aria-label={L.redirectUri} value={uri} onChange={(_, d) => a.setUri(platform, i, d.value)} />
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  title={L.delete}
                  aria-label={L.removeUri(uri || L.redirectUri)}
                  onClick={() => a.removeUri(platform, i)}
                />
              </div>
            ))}
            <div>
              <Button appearance="transparent" onClick={() => a.addUri(platform)}>
                {L.addUri}
              </Button>
            </div>
          </div>
        ))}
        <Heading>{L.supportedAccountTypes}</Heading>
        <Body1>{L.supportedAccountTypesText}</Body1>
        <Heading>{L.advancedSettings}</Heading>
        <Field label={L.allowPublicClientFlows}>
          <RadioGroup layout="horizontal" value={pending.publicClient ? 'yes' : 'no'} onChange={(_, d) => a.setPublicClient(d.value === 'yes')}>
            <Radio value="yes" label={L.yes} />
            <Radio value="no" label={L.no} />
          </RadioGroup>
        </Field>
        <PublicClientBullets />
      </div>
      <PlatformPane pane={pane} />
    </div>
  );
}

interface UriRow {
  uri: string;
  platform: string;
}

function AuthNew({ appId }: { appId: string }) {
  const { L } = useEnv();
  const a = useAuthentication(appId);
  const pane = usePlatformPane(a.addRedirect);
  const [tab, setTab] = useState('redirect');
  if (a.error) return <Failure text={a.error} />;
  if (!a.app || !a.pending) return <Loading />;
  const rows: UriRow[] = [
    ...a.app.webRedirectUris.map((uri) => ({ uri, platform: L.platformWeb })),
    ...a.app.spaRedirectUris.map((uri) => ({ uri, platform: L.platformSpa })),
  ];
  const columns = [column<UriRow>('uri', L.redirectUri, (r) => r.uri), column<UriRow>('platform', L.platform, (r) => r.platform)];
  const on = a.pending.publicClient;
  return (
    <div style={section}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={L.authenticationPreview}>
        <Tab value="redirect">{L.redirectUriConfiguration}</Tab>
        <Tab value="settings">{L.settings}</Tab>
      </TabList>
      {tab === 'redirect' ? (
        <>
          <Body1>{L.redirectUrisHelp}</Body1>
          <div>
            <Button appearance="primary" icon={<AddRegular />} onClick={pane.show}>
              {L.addRedirectUriButton}
            </Button>
          </div>
          <Grid items={rows} columns={columns} getRowId={(r) => `${r.platform}:${r.uri}`} label={L.redirectUris} />
          {rows.length ? null : <Body1>{L.noRedirectUris}</Body1>}
        </>
      ) : (
        <div style={{ ...col, maxWidth: 720 }}>
          {a.dirty ? <Note intent="warning">{L.unsavedChanges}</Note> : null}
          <Field label={L.allowPublicClientFlows}>
            <Switch checked={on} label={on ? L.enabled : L.disabled} onChange={(_, d) => a.setPublicClient(d.checked)} />
          </Field>
          <PublicClientBullets />
          <div style={row}>
            <Button appearance="primary" disabled={!a.dirty} onClick={a.save}>
              {L.save}
            </Button>
            <Button disabled={!a.dirty} onClick={a.discard}>
              {L.discard}
            </Button>
          </div>
        </div>
      )}
      <PlatformPane pane={pane} />
    </div>
  );
}

interface OrgEntry {
  name: string;
  appId: string;
  resource?: CatalogResource;
}

function PermissionPicker({ p }: { p: ReturnType<typeof usePermissions>['picker'] }) {
  const { L } = useEnv();
  const [tab, setTab] = useState('microsoft');
  const resource = p.resource;
  const orgColumns = [
    column<OrgEntry>('name', L.name, (e) => {
      const r = e.resource;
      return r ? <Link onClick={() => p.chooseResource(r)}>{e.name}</Link> : e.name;
    }),
    column<OrgEntry>('appId', L.applicationClientId, (e) => e.appId),
  ];
  return (
    <Pane
      open={p.open}
      onClose={p.close}
      title={L.requestApiPermissions}
      size="large"
      footer={
        resource ? (
          <>
            <Button appearance="primary" disabled={!p.canAdd} onClick={p.add}>
              {L.addPermissions}
            </Button>
            <Button onClick={p.close}>{L.discard}</Button>
          </>
        ) : undefined
      }
    >
      {!p.catalog ? <Spinner label={L.loading} /> : null}
      {p.catalog && !resource ? (
        <>
          <Heading level={3}>{L.selectAnApi}</Heading>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label={L.selectAnApi}>
            <Tab value="microsoft">{L.microsoftApis}</Tab>
            <Tab value="org">{L.apisMyOrgUses}</Tab>
            <Tab value="mine">{L.myApis}</Tab>
          </TabList>
          {tab === 'microsoft' ? (
            <>
              <Heading level={3}>{L.commonlyUsedApis}</Heading>
              <div style={row}>
                {p.commonlyUsed.map((r) => (
                  <CompoundButton key={r.appId} secondaryContent={r.tileDescription} onClick={() => p.chooseResource(r)} style={{ maxWidth: 420 }}>
                    {r.displayName}
                  </CompoundButton>
                ))}
                {DECORATIVE_TILES.map((n) => (
                  <CompoundButton key={n} disabled>
                    {n}
                  </CompoundButton>
                ))}
              </div>
            </>
          ) : null}
          {tab === 'org' ? (
            <>
              <SearchBox placeholder={L.orgApiSearch} aria-label={L.orgApiSearch} value={p.orgFilter} onChange={(_, d) => p.setOrgFilter(d.value)} />
              <Grid items={p.orgEntries} columns={orgColumns} getRowId={(e) => e.appId} label={L.apisMyOrgUses} />
            </>
          ) : null}
          {tab === 'mine' ? <Body1>{L.noMyApis}</Body1> : null}
        </>
      ) : null}
      {resource ? (
        <>
          <div>
            <Button appearance="transparent" icon={<ChevronLeftRegular />} onClick={() => p.chooseResource(null)}>
              {L.allApis}
            </Button>
          </div>
          <Heading level={3}>{resource.displayName}</Heading>
          <Caption1>{resource.appId}</Caption1>
          <Body1>{L.whatType}</Body1>
          <div style={row}>
            <CompoundButton
              aria-pressed={p.type === 'Scope'}
              appearance={p.type === 'Scope' ? 'primary' : 'secondary'}
              secondaryContent={L.delegatedHelp}
              onClick={() => p.setType('Scope')}
            >
              {L.delegatedPermissions}
            </CompoundButton>
            <CompoundButton
              aria-pressed={p.type === 'Role'}
              appearance={p.type === 'Role' ? 'primary' : 'secondary'}
              secondaryContent={L.applicationHelp}
              onClick={() => p.setType('Role')}
            >
              {L.applicationPermissions}
            </CompoundButton>
          </div>
          {p.type ? (
            <>
              <Heading level={3}>{L.selectPermissions}</Heading>
              <SearchBox placeholder={L.permissionSearch} aria-label={L.permissionSearch} value={p.permFilter} onChange={(_, d) => p.setPermFilter(d.value)} />
              {p.groups.length ? null : <Body1>{L.noPermissionsOfType}</Body1>}
              {p.groups.map((g) => {
                const open = p.isExpanded(g.name);
                const checked = g.items.filter(p.isSelected).length;
                return (
                  <div key={g.name}>
                    <Button
                      appearance="transparent"
                      icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                      aria-expanded={open}
                      onClick={() => p.toggleGroup(g.name)}
                    >
                      {`${g.name} (${checked ? `${checked}/` : ''}${g.items.length})`}
                    </Button>
                    {open
                      ? g.items.map((perm) => (
                          <div key={perm.id} style={{ display: 'flex', justifyContent: 'space-between', paddingLeft: 32 }}>
                            <div style={{ display: 'flex', flexDirection: 'column' }}>
                              <Checkbox label={perm.value} checked={p.isSelected(perm)} onChange={(_, d) => p.toggle(perm, !!d.checked)} />
                              <Caption1 style={{ paddingLeft: 32 }}>{perm.description}</Caption1>
                            </div>
                            <Body1>{perm.adminConsentRequired ? L.yes : L.no}</Body1>
                          </div>
                        ))
                      : null}
                  </div>
                );
              })}
            </>
          ) : null}
        </>
      ) : null}
    </Pane>
  );
}

function Permissions({ appId }: { appId: string }) {
  const { L } = useEnv();
  const p = usePermissions(appId);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  if (p.error) return <Failure text={p.error} />;
  if (!p.app) return <Loading />;
  const headers = [L.apiPermissionName, L.type, L.description, L.adminConsentRequired, L.status, ''];
  return (
    <div>
      <CommandBar>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={p.refresh}>
          {L.refresh}
        </ToolbarButton>
      </CommandBar>
      <div style={section}>
        {p.edited ? <Note intent="warning">{L.editingWarning}</Note> : null}
        <Heading>{L.configuredPermissions}</Heading>
        <Body1>{L.configuredIntro}</Body1>
        <CommandBar label={L.configuredPermissions}>
          <ToolbarButton icon={<AddRegular />} onClick={p.picker.show}>
            {L.addAPermission}
          </ToolbarButton>
          <ToolbarButton icon={<CheckmarkRegular />} onClick={p.consent.show}>
            {L.grantAdminConsent(p.tenant)}
          </ToolbarButton>
        </CommandBar>
        {p.gridError ? <Failure text={p.gridError} /> : null}
        {p.statuses === null && !p.gridError ? <Loading /> : null}
        {p.statuses ? (
          <Table aria-label={L.configuredPermissions}>
            <TableHeader>
              <TableRow>
                {headers.map((h, i) => (
                  <TableHeaderCell key={i}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.groups.map((g) => {
                const open = !collapsed.has(g.resourceName);
                return (
                  <Fragment key={g.resourceName}>
                    <TableRow>
                      <TableCell colSpan={headers.length}>
                        <Button
                          appearance="transparent"
                          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                          aria-expanded={open}
                          onClick={() =>
                            setCollapsed((c) => {
                              const n = new Set(c);
                              if (n.has(g.resourceName)) n.delete(g.resourceName);
                              else n.add(g.resourceName);
                              return n;
                            })
                          }
                        >
                          {`${g.resourceName} (${g.items.length})`}
                        </Button>
                      </TableCell>
                    </TableRow>
                    {open
                      ? g.items.map((s) => (
                          <TableRow key={`${s.type}:${s.id}`}>
                            <TableCell>
                              <Link>{s.value}</Link>
                            </TableCell>
                            <TableCell>{s.type === 'Scope' ? L.delegated : L.application}</TableCell>
                            <TableCell>{s.description}</TableCell>
                            <TableCell>{s.adminConsentRequired ? L.yes : L.no}</TableCell>
                            <TableCell>
                              {s.granted ? (
                                <span style={row}>
                                  <CheckmarkCircleFilled color="#107c10" /> {L.grantedFor(p.tenant)}
                                </span>
                              ) : (
                                <span style={row}>
                                  <WarningFilled color="#d83b01" /> {L.notGrantedFor(p.tenant)}
                                </span>
                              )}
                            </TableCell>
                            <TableCell>
                              <FluentMenu>
                                <MenuTrigger disableButtonEnhancement>
                                  <Button
                                    appearance="subtle"
                                    icon={<MoreHorizontalRegular />}
                                    title={L.moreActions(s.value)}
                                    aria-label={L.moreActions(s.value)}
                                  />
                                </MenuTrigger>
                                <MenuPopover>
                                  <MenuList>
                                    <MenuItem icon={<DeleteRegular />} onClick={() => p.remove(s)}>
                                      {L.removePermission}
                                    </MenuItem>
                                  </MenuList>
                                </MenuPopover>
                              </FluentMenu>
                            </TableCell>
                          </TableRow>
                        ))
                      : null}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        ) : null}
        {p.statuses && !p.statuses.length ? <Body1>{L.noPermissions}</Body1> : null}
      </div>
      <PermissionPicker p={p.picker} />
      <Dialog open={p.consent.open} modalType="alert" onOpenChange={(_, d) => !d.open && p.consent.close()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{L.grantConfirmTitle}</DialogTitle>
            <DialogContent>{L.grantConfirmText(p.tenant)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={p.consent.grant}>
                {L.yes}
              </Button>
              <Button onClick={p.consent.close}>{L.no}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

// ---------------------------------------------------------------- enterprise application

function Enterprise({ objectId, appId, section: current }: { objectId: string; appId: string; section: string }) {
  const { L } = useEnv();
  const { sp, error } = useEnterprise(objectId, current);
  const shown = current === 'Overview' || current === 'Properties';
  return (
    <Menu groups={enterpriseMenu(L, objectId, appId)} selected={current}>
      <div style={section}>
        {error ? <Failure text={error} /> : null}
        {!sp && !error ? <Loading /> : null}
        {sp && !shown ? <Note>{L.notAvailable}</Note> : null}
        {sp && shown ? (
          <>
            <Heading>{L.properties}</Heading>
            <ReadOnlyField label={L.name} value={sp.displayName} />
            <ReadOnlyField label={L.applicationId} value={sp.appId} />
            <ReadOnlyField label={L.objectId} value={sp.id} />
            {current === 'Overview' ? (
              <>
                <Heading>{L.gettingStarted}</Heading>
                <div style={row}>
                  <Body1>1. {L.assignUsers}</Body1>
                  <Body1>2. {L.setUpSso}</Body1>
                </div>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </Menu>
  );
}

function Bench() {
  const { L } = useEnv();
  const b = useBench();
  const columns = [
    column<BenchRow>('name', 'Name', (r) => r.name),
    column<BenchRow>('id', 'Id', (r) => r.id),
    column<BenchRow>('status', 'Status', (r) => r.status),
    column<BenchRow>('group', 'Resource group', (r) => r.group),
    column<BenchRow>('generation', 'Generation', (r) => r.generation),
  ];
  return (
    <div>
      <CommandBar>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={b.rerender}>
          {L.rerender}
        </ToolbarButton>
      </CommandBar>
      <div style={section}>
        <Grid className="fxs-bench-grid" items={b.rows} columns={columns} getRowId={(r) => r.key} label={L.benchTitle} />
      </div>
    </div>
  );
}

export const views: Views = {
  Shell,
  Home,
  Entra,
  AppList,
  Create,
  AppMenu,
  Overview,
  Credentials,
  AuthClassic,
  AuthNew,
  Permissions,
  Placeholder,
  Enterprise,
  NotFound,
  Bench,
};
