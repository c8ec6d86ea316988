/** The blades drawn with Fluent UI v8 (`@fluentui/react`), over the shared hooks in ../model. */
import { cloneElement, isValidElement, useEffect, useId, useState, type ReactElement, type ReactNode } from 'react';
import {
  ActionButton,
  Checkbox,
  CommandBar,
  CompoundButton,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  Icon,
  IconButton,
  Link,
  MessageBar,
  MessageBarType,
  Nav,
  Panel,
  PanelType,
  Pivot,
  PivotItem,
  PrimaryButton,
  SearchBox,
  SelectionMode,
  Spinner,
  Stack,
  Text,
  TextField,
  ThemeProvider,
  Toggle,
  TooltipHost,
  ChoiceGroup,
  type ICommandBarItemProps,
  type IColumn,
  type IDetailsColumnFieldProps,
  type IDetailsListProps,
  type IGroup,
  type IRenderFunction,
} from '@fluentui/react';
import type { CatalogResource, PermissionStatus } from '../../api-types';
import type { Labels } from '../../app/i18n';
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

const gap = { childrenGap: 12 };
const sectionStyle = { root: { padding: '12px 24px' } };

function Heading({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  return (
    <Text as={level === 2 ? 'h2' : 'h3'} variant={level === 2 ? 'xLarge' : 'large'} block styles={{ root: { margin: '16px 0 8px' } }}>
      {children}
    </Text>
  );
}

function Loading() {
  const { L } = useEnv();
  return <Spinner label={L.loading} styles={{ root: { padding: 24 } }} />;
}

function Failure({ text }: { text: string }) {
  const { L } = useEnv();
  return (
    <MessageBar messageBarType={MessageBarType.error}>
      {L.requestFailed} {text}
    </MessageBar>
  );
}

function CopyButton({ value }: { value: string }) {
  const { L } = useEnv();
  return <IconButton iconProps={{ iconName: 'Copy' }} title={L.copyToClipboard} ariaLabel={L.copyToClipboard} onClick={() => copyText(value)} />;
}

function commands(L: Labels, items: (ICommandBarItemProps | false)[]): ICommandBarItemProps[] {
  return [...items.filter((i): i is ICommandBarItemProps => !!i), { key: 'feedback', text: L.gotFeedback, iconProps: { iconName: 'Emoji2' } }];
}

/**
 * Fluent 8's DetailsList leaves its cells unnumbered, while the portal's grids number them
 * (`aria-colindex`, 1-based in header order): each cell the library renders gets its number here.
 */
function numberCells(columns: IColumn[]): IRenderFunction<IDetailsColumnFieldProps> {
  return (props, render) => {
    const cell = props && render ? render(props) : null;
    if (!props || !isValidElement(cell)) return cell;
    return cloneElement(cell as ReactElement<Record<string, unknown>>, { 'aria-colindex': columns.findIndex((c) => c.key === props.column.key) + 1 });
  };
}

/** A DetailsList as the portal uses it: no selection, justified columns, virtualized (the library's default). */
function Grid(props: IDetailsListProps & { columns: IColumn[] }) {
  return <DetailsList selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} onRenderField={numberCells(props.columns)} {...props} />;
}

function Menu({ groups, selected, children }: { groups: MenuGroup[]; selected: string; children: ReactNode }) {
  const { L } = useEnv();
  return (
    <Stack horizontal styles={{ root: { minHeight: '100%' } }}>
      <Stack.Item styles={{ root: { width: 220, borderRight: '1px solid #edebe9', flexShrink: 0 } }}>
        <Nav
          ariaLabel={L.resourceMenu}
          selectedKey={selected}
          groups={groups.map((g) => ({ name: g.label, links: g.links.map((l) => ({ key: l.key, name: l.label, url: l.href })) }))}
        />
      </Stack.Item>
      <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
        {children}
      </Stack.Item>
    </Stack>
  );
}

function NotAvailable() {
  const { L } = useEnv();
  return (
    <Stack styles={sectionStyle}>
      <MessageBar>{L.notAvailable}</MessageBar>
    </Stack>
  );
}

// ---------------------------------------------------------------- general blades

function Shell({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider>
      <div className="msportalfx-reactview">{children}</div>
    </ThemeProvider>
  );
}

function Home() {
  const { L, setTitle } = useEnv();
  useEffect(() => setTitle(L.home), [L, setTitle]);
  return (
    <Stack styles={sectionStyle} tokens={gap}>
      <Heading>{L.azureServices}</Heading>
      <Stack horizontal tokens={{ childrenGap: 24 }}>
        <Link href={HASH.entra}>{L.entraId}</Link>
        <Link href={HASH.appList}>{L.appRegistrations}</Link>
      </Stack>
    </Stack>
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
      <Stack styles={sectionStyle} tokens={gap}>
        <Text>{L.tenantOverviewText}</Text>
        <Heading level={3}>{L.basicInformation}</Heading>
        <TextField label={L.name} readOnly borderless value={session.tenant.displayName} />
        <TextField label={L.tenantId} readOnly borderless value={session.tenant.id} />
        <TextField label={L.primaryDomain} readOnly borderless value={session.tenant.domain} />
      </Stack>
    </Menu>
  );
}

function AppList() {
  const { L, lang, navigate } = useEnv();
  const list = useAppList();
  const [tab, setTab] = useState('all');
  const columns: IColumn[] = [
    {
      key: 'displayName',
      name: L.displayName,
      minWidth: 180,
      isRowHeader: true,
      onRender: (a: { appId: string; displayName: string }) => <Link href={HASH.app('Overview', a.appId)}>{a.displayName}</Link>,
    },
    { key: 'appId', name: L.applicationClientId, fieldName: 'appId', minWidth: 280 },
    { key: 'created', name: L.createdOn, minWidth: 100, onRender: (a: { createdDateTime: string }) => formatDate(a.createdDateTime, lang) },
    {
      key: 'credentials',
      name: L.certificatesAndSecrets,
      minWidth: 140,
      onRender: (a: { secretCount: number }) =>
        a.secretCount ? (
          <span>
            <Icon iconName="CompletedSolid" /> {L.current}
          </span>
        ) : null,
    },
  ];
  return (
    <Stack>
      <CommandBar
        ariaLabel="Command bar"
        items={commands(L, [
          { key: 'new', text: L.newRegistration, iconProps: { iconName: 'Add' }, onClick: () => navigate(HASH.create) },
          { key: 'endpoints', text: L.endpoints, iconProps: { iconName: 'Globe' } },
          { key: 'troubleshooting', text: L.troubleshooting, iconProps: { iconName: 'Help' } },
          { key: 'refresh', text: L.refresh, iconProps: { iconName: 'Refresh' }, onClick: () => void list.reload() },
          { key: 'download', text: L.download, iconProps: { iconName: 'Download' } },
          { key: 'preview', text: L.previewFeatures, iconProps: { iconName: 'Lightning' } },
        ])}
      />
      <Stack styles={sectionStyle} tokens={gap}>
        <Pivot selectedKey={tab} onLinkClick={(item) => setTab(item?.props.itemKey ?? 'all')} aria-label={L.appRegistrations}>
          <PivotItem headerText={L.allApplications} itemKey="all">
            <Stack tokens={gap} styles={{ root: { paddingTop: 12 } }}>
              <SearchBox
                placeholder={L.listFilterPlaceholder}
                ariaLabel={L.listFilterPlaceholder}
                value={list.filter}
                onChange={(_, v) => list.setFilter(v ?? '')}
              />
              {list.error ? <Failure text={list.error} /> : null}
              {list.apps === null && !list.error ? <Loading /> : null}
              {list.apps ? (
                <>
                  <Text role="status">{L.appsFound(list.shown.length)}</Text>
                  <Grid items={list.shown} columns={columns} getKey={(a: { appId: string }) => a.appId} setKey="apps" ariaLabelForGrid={L.appRegistrations} />
                  {list.shown.length ? null : <Text>{L.noApplications}</Text>}
                </>
              ) : null}
            </Stack>
          </PivotItem>
          <PivotItem headerText={L.ownedApplications} itemKey="owned">
            <Text block styles={{ root: { paddingTop: 12 } }}>
              {L.noApplications}
            </Text>
          </PivotItem>
          <PivotItem headerText={L.deletedApplications} itemKey="deleted">
            <Text block styles={{ root: { paddingTop: 12 } }}>
              {L.noApplications}
            </Text>
          </PivotItem>
        </Pivot>
      </Stack>
    </Stack>
  );
}

function Create() {
  const { L } = useEnv();
  const f = useCreateForm();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        f.submit();
      }}
    >
      <Stack styles={sectionStyle} tokens={gap}>
        <TextField label={L.name} required description={L.nameHelp} value={f.name} onChange={(_, v) => f.setName(v ?? '')} autoComplete="off" autoFocus />
        <Heading>{L.supportedAccountTypes}</Heading>
        <ChoiceGroup
          label={L.whoCanUse}
          selectedKey={f.audience}
          options={f.audiences.map((a) => ({ key: a.value, text: a.label }))}
          onChange={(_, o) => o && f.setAudience(f.audiences.find((a) => a.value === o.key)?.value ?? 'AzureADMyOrg')}
        />
        <Link onClick={(e) => e?.preventDefault()}>{L.helpMeChoose}</Link>
        <Heading>{L.redirectUriOptional}</Heading>
        <Text>{L.redirectUriHelp}</Text>
        <Stack horizontal tokens={gap}>
          <Dropdown
            placeholder={L.selectPlatform}
            ariaLabel={L.selectPlatform}
            styles={{ root: { width: 260 } }}
            selectedKey={f.platform || null}
            options={f.platforms.map((p) => ({ key: p.value, text: p.label }))}
            onChange={(_, o) => f.setPlatform(f.platforms.find((p) => p.value === o?.key)?.value ?? '')}
          />
          <Stack.Item grow>
            <TextField placeholder={L.redirectUriPlaceholder} ariaLabel={L.redirectUri} value={f.uri} onChange={(_, v) => f.setUri(v ?? '')} />
          </Stack.Item>
        </Stack>
        {f.error ? <MessageBar messageBarType={MessageBarType.error}>{f.error}</MessageBar> : null}
        <Text>{L.policies}</Text>
        <Stack horizontal>
          <PrimaryButton type="submit" text={L.register} disabled={!f.canSubmit} />
        </Stack>
      </Stack>
    </form>
  );
}

function NotFound() {
  const { L, setTitle } = useEnv();
  useEffect(() => setTitle(L.notFound), [L, setTitle]);
  return (
    <Stack styles={sectionStyle}>
      <MessageBar messageBarType={MessageBarType.warning}>{L.notFoundText}</MessageBar>
    </Stack>
  );
}

// ---------------------------------------------------------------- app registration

function AppMenu({ appId, section, children }: { appId: string; section: string; children: ReactNode }) {
  const { L, authExperience } = useEnv();
  return (
    <Menu groups={appMenu(L, appId, authExperience)} selected={section}>
      {children}
    </Menu>
  );
}

/** The portal's own property layout: a label element and a value element tied by aria-labelledby. */
function PropertyField({ field }: { field: EssentialField }) {
  const id = `PropertyField${useId().replace(/\W/g, '')}-label`;
  return (
    <div className="PropertyField-root" style={{ display: 'flex', gap: 8, minHeight: 32, alignItems: 'center' }}>
      <div id={id} className="PropertyField-label" style={{ width: 200, flexShrink: 0, color: '#605e5c' }}>
        {field.label}
      </div>
      <div className="PropertyField-value" aria-labelledby={id} style={{ display: 'flex', alignItems: 'center' }}>
        {field.link ? <Link href={field.link.href}>{field.link.text}</Link> : null}
        {field.text ?? null}
        {field.guid ? (
          <>
            {/* TooltipHost keeps a hidden copy of its content for screen readers. */}
            <TooltipHost content={field.guid}>
              <span>{field.guid}</span>
            </TooltipHost>
            <CopyButton value={field.guid} />
          </>
        ) : null}
      </div>
    </div>
  );
}

/** A read-only TextField (label.ms-Label + input) with its copy button inside the field. */
function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return <TextField label={label} readOnly borderless value={value} onRenderSuffix={() => <CopyButton value={value} />} styles={{ root: { maxWidth: 460 } }} />;
}

function Overview({ appId }: { appId: string }) {
  const { L } = useEnv();
  const { app, error } = useAppDetail(appId, 'Overview');
  const fields = app ? overviewFields(L, app) : null;
  const render = (f: EssentialField) =>
    f.guid && f.label === L.applicationClientId ? <ReadOnlyField key={f.label} label={f.label} value={f.guid} /> : <PropertyField key={f.label} field={f} />;
  return (
    <Stack>
      <CommandBar
        ariaLabel="Command bar"
        items={commands(L, [
          { key: 'delete', text: L.delete, iconProps: { iconName: 'Delete' } },
          { key: 'endpoints', text: L.endpoints, iconProps: { iconName: 'Globe' } },
          { key: 'preview', text: L.previewFeatures, iconProps: { iconName: 'Lightning' } },
        ])}
      />
      <Stack styles={sectionStyle}>
        {error ? <Failure text={error} /> : null}
        {!app && !error ? <Loading /> : null}
        {fields ? (
          <section aria-label={L.essentials}>
            <Heading level={3}>{L.essentials}</Heading>
            <Stack horizontal wrap tokens={{ childrenGap: 48 }}>
              <Stack tokens={{ childrenGap: 4 }}>{fields.left.map(render)}</Stack>
              <Stack tokens={{ childrenGap: 4 }}>{fields.right.map(render)}</Stack>
            </Stack>
          </section>
        ) : null}
        {app ? (
          <Pivot aria-label={L.overview} styles={{ root: { marginTop: 24 } }}>
            <PivotItem headerText={L.getStarted}>
              <Heading level={3}>{L.buildYourApp}</Heading>
              <Text>{L.buildYourAppText}</Text>
            </PivotItem>
            <PivotItem headerText={L.documentation}>
              <Text>Microsoft identity platform · Authentication scenarios · Authentication libraries · Code samples</Text>
            </PivotItem>
          </Pivot>
        ) : null}
      </Stack>
    </Stack>
  );
}

function Placeholder({ appId, section }: { appId: string; section: string }) {
  const { app, error } = useAppDetail(appId, section);
  if (error) return <Failure text={error} />;
  return app ? <NotAvailable /> : <Loading />;
}

function Credentials({ appId }: { appId: string }) {
  const { L, lang } = useEnv();
  const s = useSecrets(appId);
  const [tab, setTab] = useState('secrets');
  const columns: IColumn[] = [
    { key: 'description', name: L.description, minWidth: 140, isRowHeader: true, onRender: (r: SecretRow) => r.secret.displayName },
    { key: 'expires', name: L.expires, minWidth: 90, onRender: (r: SecretRow) => formatDate(r.secret.endDateTime, lang) },
    {
      key: 'value',
      name: L.value,
      minWidth: 330,
      onRender: (r: SecretRow) => (
        <span style={{ display: 'inline-flex', alignItems: 'center' }}>
          <span style={{ fontFamily: 'Consolas, monospace' }}>{r.value}</span>
          <CopyButton value={r.value} />
        </span>
      ),
    },
    {
      key: 'secretId',
      name: L.secretId,
      minWidth: 300,
      onRender: (r: SecretRow) => (
        <span style={{ display: 'inline-flex', alignItems: 'center' }}>
          <span>{r.secret.keyId}</span>
          <CopyButton value={r.secret.keyId} />
        </span>
      ),
    },
    {
      key: 'delete',
      name: '',
      minWidth: 32,
      maxWidth: 32,
      onRender: (r: SecretRow) => (
        <IconButton
          iconProps={{ iconName: 'Delete' }}
          title={L.delete}
          ariaLabel={L.deleteSecret(r.secret.displayName || r.secret.keyId)}
          onClick={() => void s.remove(r.secret)}
        />
      ),
    },
  ];
  if (s.error) return <Failure text={s.error} />;
  if (!s.app) return <Loading />;
  return (
    <Stack>
      <CommandBar ariaLabel="Command bar" items={commands(L, [])} />
      <Stack styles={sectionStyle} tokens={gap}>
        <Text>{L.credentialsIntro}</Text>
        <MessageBar>{L.secretBanner}</MessageBar>
        <Pivot selectedKey={tab} onLinkClick={(item) => setTab(item?.props.itemKey ?? 'secrets')} aria-label={L.certificatesAndSecrets}>
          <PivotItem headerText={L.certificatesTab(0)} itemKey="certs">
            <CommandBar ariaLabel={L.certificatesTab(0)} items={[{ key: 'upload', text: L.uploadCertificate, iconProps: { iconName: 'Upload' } }]} />
            <Text>{L.noCertificates}</Text>
          </PivotItem>
          <PivotItem headerText={L.clientSecretsTab(s.rows.length)} itemKey="secrets">
            <Stack tokens={gap} styles={{ root: { paddingTop: 12 } }}>
              <Text>{L.clientSecretsIntro}</Text>
              <CommandBar ariaLabel={L.clientSecrets} items={[{ key: 'new', text: L.newClientSecret, iconProps: { iconName: 'Add' }, onClick: s.pane.show }]} />
              <Grid items={s.rows} columns={columns} getKey={(r: SecretRow) => r.secret.keyId} setKey="secrets" ariaLabelForGrid={L.clientSecrets} />
              {s.rows.length ? null : <Text>{L.noSecrets}</Text>}
            </Stack>
          </PivotItem>
          <PivotItem headerText={L.federatedTab(0)} itemKey="federated">
            <CommandBar ariaLabel={L.federatedTab(0)} items={[{ key: 'add', text: L.addCredential, iconProps: { iconName: 'Add' } }]} />
            <Text>{L.noFederated}</Text>
          </PivotItem>
        </Pivot>
      </Stack>
      <Panel
        isOpen={s.pane.open}
        onDismiss={s.pane.close}
        headerText={L.addClientSecret}
        type={PanelType.medium}
        closeButtonAriaLabel={L.close}
        isFooterAtBottom
        onRenderFooterContent={() => (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={L.add} onClick={s.pane.add} disabled={s.pane.busy} />
            <DefaultButton text={L.cancel} onClick={s.pane.close} />
          </Stack>
        )}
      >
        <Stack tokens={gap}>
          <TextField
            label={L.description}
            placeholder={L.descriptionPlaceholder}
            value={s.pane.description}
            onChange={(_, v) => s.pane.setDescription(v ?? '')}
            autoComplete="off"
            autoFocus
          />
          <Dropdown
            label={L.expires}
            selectedKey={s.pane.expires}
            options={s.presets.map((p) => ({ key: p.value, text: p.label }))}
            onChange={(_, o) => s.pane.setExpires(s.presets.find((p) => p.value === o?.key)?.value ?? '180d')}
          />
          {s.pane.error ? <MessageBar messageBarType={MessageBarType.error}>{s.pane.error}</MessageBar> : null}
        </Stack>
      </Panel>
    </Stack>
  );
}

function PlatformPanel({ pane }: { pane: ReturnType<typeof usePlatformPane> }) {
  const { L } = useEnv();
  const title = pane.platform === 'web' ? L.configureWeb : pane.platform === 'spa' ? L.configureSpa : L.configurePlatforms;
  return (
    <Panel
      isOpen={pane.open}
      onDismiss={pane.close}
      headerText={title}
      type={PanelType.medium}
      closeButtonAriaLabel={L.close}
      isFooterAtBottom
      onRenderFooterContent={() =>
        pane.platform ? (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={L.configure} disabled={!pane.canConfigure} onClick={() => void pane.configure()} />
            <DefaultButton text={L.cancel} onClick={pane.close} />
          </Stack>
        ) : null
      }
    >
      {pane.platform ? (
        <Stack tokens={gap}>
          <ActionButton iconProps={{ iconName: 'ChevronLeft' }} text={L.configurePlatforms} onClick={() => pane.choose(null)} />
          <TextField
            label={L.redirectUris}
            required
            description={L.redirectUrisHelp}
            placeholder={L.redirectUriPlaceholder}
            value={pane.uri}
            onChange={(_, v) => pane.setUri(v ?? '')}
            errorMessage={pane.error || undefined}
            autoFocus
          />
        </Stack>
      ) : (
        <Stack tokens={gap}>
          <Heading level={3}>{L.webApplications}</Heading>
          <Stack horizontal tokens={gap}>
            <CompoundButton text={L.platformWeb} secondaryText={L.webTile} onClick={() => pane.choose('web')} />
            <CompoundButton text={L.platformSpa} secondaryText={L.spaTile} onClick={() => pane.choose('spa')} />
          </Stack>
          <Heading level={3}>Mobile and desktop applications</Heading>
          <Stack horizontal wrap tokens={gap}>
            <CompoundButton text="iOS / macOS" secondaryText="Objective-C, Swift, Xamarin" disabled />
            <CompoundButton text="Android" secondaryText="Java, Kotlin, Xamarin" disabled />
          </Stack>
        </Stack>
      )}
    </Panel>
  );
}

function PublicClientBullets() {
  const { L } = useEnv();
  return (
    <>
      <Text>{L.enableMobileDesktopFlows}</Text>
      <ul style={{ margin: 0 }}>
        {L.publicClientBullets.map((t) => (
          <li key={t}>{t}</li>
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
  const card = (platform: 'web' | 'spa') => (
    <Stack key={platform} tokens={{ childrenGap: 8 }} styles={{ root: { border: '1px solid #edebe9', padding: 16, maxWidth: 720 } }} data-platform={platform}>
      <Heading level={3}>{platform === 'web' ? L.platformWeb : L.platformSpa}</Heading>
      <Text>{L.redirectUrisHelp}</Text>
      {pending[platform].map((uri, i) => (
        <Stack horizontal key={i} tokens={{ childrenGap: 4 }}>
          <Stack.Item grow>
            <TextField ariaLabel={L.redirectUri} value={uri} onChange={(_, v) => a.setUri(platform, i, v ?? '')} />
          </Stack.Item>
          <IconButton
            iconProps={{ iconName: 'Delete' }}
            title={L.delete}
            ariaLabel={L.removeUri(uri || L.redirectUri)}
            onClick={() => a.removeUri(platform, i)}
          />
        </Stack>
      ))}
      <ActionButton text={L.addUri} onClick={() => a.addUri(platform)} />
    </Stack>
  );
  const platforms = (['web', 'spa'] as const).filter((p) => pending[p].length || (p === 'web' ? a.app?.webRedirectUris : a.app?.spaRedirectUris)?.length);
  return (
    <Stack>
      <CommandBar
        ariaLabel="Command bar"
        items={commands(L, [
          { key: 'save', text: L.save, iconProps: { iconName: 'Save' }, disabled: !a.dirty, onClick: a.save },
          { key: 'discard', text: L.discard, iconProps: { iconName: 'Undo' }, disabled: !a.dirty, onClick: a.discard },
        ])}
      />
      <Stack styles={sectionStyle} tokens={gap}>
        {a.dirty ? <MessageBar messageBarType={MessageBarType.warning}>{L.unsavedChanges}</MessageBar> : null}
        <Heading>{L.platformConfigurations}</Heading>
        <Text>{L.platformIntro}</Text>
        <Stack horizontal>
          <ActionButton iconProps={{ iconName: 'Add' }} text={L.addAPlatform} onClick={pane.show} />
        </Stack>
        {platforms.length ? platforms.map(card) : <Text>{L.noPlatforms}</Text>}
        <Heading>{L.supportedAccountTypes}</Heading>
        <Text>{L.supportedAccountTypesText}</Text>
        <Heading>{L.advancedSettings}</Heading>
        <ChoiceGroup
          label={L.allowPublicClientFlows}
          selectedKey={pending.publicClient ? 'yes' : 'no'}
          options={[
            { key: 'yes', text: L.yes },
            { key: 'no', text: L.no },
          ]}
          styles={{ flexContainer: { display: 'flex', gap: 16 } }}
          onChange={(_, o) => a.setPublicClient(o?.key === 'yes')}
        />
        <PublicClientBullets />
      </Stack>
      <PlatformPanel pane={pane} />
    </Stack>
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
  const columns: IColumn[] = [
    { key: 'uri', name: L.redirectUri, fieldName: 'uri', minWidth: 320, isRowHeader: true },
    { key: 'platform', name: L.platform, fieldName: 'platform', minWidth: 160 },
  ];
  return (
    <Stack styles={sectionStyle} tokens={gap}>
      <Pivot selectedKey={tab} onLinkClick={(item) => setTab(item?.props.itemKey ?? 'redirect')} aria-label={L.authenticationPreview}>
        <PivotItem headerText={L.redirectUriConfiguration} itemKey="redirect">
          <Stack tokens={gap} styles={{ root: { paddingTop: 12 } }}>
            <Text>{L.redirectUrisHelp}</Text>
            <Stack horizontal>
              <PrimaryButton iconProps={{ iconName: 'Add' }} text={L.addRedirectUriButton} onClick={pane.show} />
            </Stack>
            <Grid items={rows} columns={columns} getKey={(r: UriRow) => `${r.platform}:${r.uri}`} ariaLabelForGrid={L.redirectUris} />
            {rows.length ? null : <Text>{L.noRedirectUris}</Text>}
          </Stack>
        </PivotItem>
        <PivotItem headerText={L.settings} itemKey="settings">
          <Stack tokens={gap} styles={{ root: { paddingTop: 12, maxWidth: 720 } }}>
            {a.dirty ? <MessageBar messageBarType={MessageBarType.warning}>{L.unsavedChanges}</MessageBar> : null}
            <Toggle
              label={L.allowPublicClientFlows}
              onText={L.enabled}
              offText={L.disabled}
              checked={a.pending.publicClient}
              onChange={(_, v) => a.setPublicClient(!!v)}
            />
            <PublicClientBullets />
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={L.save} disabled={!a.dirty} onClick={a.save} />
              <DefaultButton text={L.discard} disabled={!a.dirty} onClick={a.discard} />
            </Stack>
          </Stack>
        </PivotItem>
      </Pivot>
      <PlatformPanel pane={pane} />
    </Stack>
  );
}

function PermissionPicker({ p }: { p: ReturnType<typeof usePermissions>['picker'] }) {
  const { L } = useEnv();
  const [tab, setTab] = useState('microsoft');
  const orgColumns: IColumn[] = [
    {
      key: 'name',
      name: L.name,
      minWidth: 220,
      isRowHeader: true,
      onRender: (e: { name: string; resource?: CatalogResource }) => {
        const r = e.resource;
        return r ? <Link onClick={() => p.chooseResource(r)}>{e.name}</Link> : e.name;
      },
    },
    { key: 'appId', name: L.applicationClientId, fieldName: 'appId', minWidth: 280 },
  ];
  const resource = p.resource;
  return (
    <Panel
      isOpen={p.open}
      onDismiss={p.close}
      headerText={L.requestApiPermissions}
      type={PanelType.large}
      closeButtonAriaLabel={L.close}
      isFooterAtBottom
      onRenderFooterContent={() =>
        resource ? (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={L.addPermissions} disabled={!p.canAdd} onClick={p.add} />
            <DefaultButton text={L.discard} onClick={p.close} />
          </Stack>
        ) : null
      }
    >
      {!p.catalog ? <Spinner label={L.loading} /> : null}
      {p.catalog && !resource ? (
        <Stack tokens={gap}>
          <Heading level={3}>{L.selectAnApi}</Heading>
          <Pivot selectedKey={tab} onLinkClick={(item) => setTab(item?.props.itemKey ?? 'microsoft')} aria-label={L.selectAnApi}>
            <PivotItem headerText={L.microsoftApis} itemKey="microsoft">
              <Heading level={3}>{L.commonlyUsedApis}</Heading>
              <Stack horizontal wrap tokens={gap}>
                {p.commonlyUsed.map((r) => (
                  <CompoundButton key={r.appId} text={r.displayName} secondaryText={r.tileDescription} onClick={() => p.chooseResource(r)} />
                ))}
                {DECORATIVE_TILES.map((n) => (
                  <CompoundButton key={n} text={n} disabled />
                ))}
              </Stack>
            </PivotItem>
            <PivotItem headerText={L.apisMyOrgUses} itemKey="org">
              <Stack tokens={gap} styles={{ root: { paddingTop: 12 } }}>
                <SearchBox placeholder={L.orgApiSearch} ariaLabel={L.orgApiSearch} value={p.orgFilter} onChange={(_, v) => p.setOrgFilter(v ?? '')} />
                <Grid items={p.orgEntries} columns={orgColumns} getKey={(e: { appId: string }) => e.appId} ariaLabelForGrid={L.apisMyOrgUses} />
              </Stack>
            </PivotItem>
            <PivotItem headerText={L.myApis} itemKey="mine">
              <Text>{L.noMyApis}</Text>
            </PivotItem>
          </Pivot>
        </Stack>
      ) : null}
      {resource ? (
        <Stack tokens={gap}>
          <Stack horizontal>
            <ActionButton iconProps={{ iconName: 'ChevronLeft' }} text={L.allApis} onClick={() => p.chooseResource(null)} />
          </Stack>
          <Heading level={3}>{resource.displayName}</Heading>
          <Text>{resource.appId}</Text>
          <Text>{L.whatType}</Text>
          <Stack horizontal tokens={gap}>
            <CompoundButton
              toggle
              checked={p.type === 'Scope'}
              text={L.delegatedPermissions}
              secondaryText={L.delegatedHelp}
              onClick={() => p.setType('Scope')}
            />
            <CompoundButton
              toggle
              checked={p.type === 'Role'}
              text={L.applicationPermissions}
              secondaryText={L.applicationHelp}
              onClick={() => p.setType('Role')}
            />
          </Stack>
          {p.type ? (
            <Stack tokens={{ childrenGap: 8 }}>
              <Heading level={3}>{L.selectPermissions}</Heading>
              <SearchBox placeholder={L.permissionSearch} ariaLabel={L.permissionSearch} value={p.permFilter} onChange={(_, v) => p.setPermFilter(v ?? '')} />
              {p.groups.length ? null : <Text>{L.noPermissionsOfType}</Text>}
              {p.groups.map((g) => {
                const open = p.isExpanded(g.name);
                const checked = g.items.filter(p.isSelected).length;
                return (
                  <Stack key={g.name} tokens={{ childrenGap: 4 }}>
                    <ActionButton
                      iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
                      aria-expanded={open}
                      text={`${g.name} (${checked ? `${checked}/` : ''}${g.items.length})`}
                      onClick={() => p.toggleGroup(g.name)}
                    />
                    {open
                      ? g.items.map((perm) => (
                          <Stack key={perm.id} horizontal horizontalAlign="space-between" styles={{ root: { paddingLeft: 32 } }}>
                            <Stack>
                              <Checkbox label={perm.value} checked={p.isSelected(perm)} onChange={(_, v) => p.toggle(perm, !!v)} />
                              <Text variant="small" styles={{ root: { paddingLeft: 28 } }}>
                                {perm.description}
                              </Text>
                            </Stack>
                            <Text>{perm.adminConsentRequired ? L.yes : L.no}</Text>
                          </Stack>
                        ))
                      : null}
                  </Stack>
                );
              })}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </Panel>
  );
}

function Permissions({ appId }: { appId: string }) {
  const { L } = useEnv();
  const p = usePermissions(appId);
  if (p.error) return <Failure text={p.error} />;
  if (!p.app) return <Loading />;
  const items = p.groups.flatMap((g) => g.items);
  let start = 0;
  const groups: IGroup[] = p.groups.map((g) => {
    const group = { key: g.resourceName, name: g.resourceName, startIndex: start, count: g.items.length, level: 0 };
    start += g.items.length;
    return group;
  });
  const columns: IColumn[] = [
    { key: 'name', name: L.apiPermissionName, minWidth: 200, isRowHeader: true, onRender: (s: PermissionStatus) => <Link>{s.value}</Link> },
    { key: 'type', name: L.type, minWidth: 90, onRender: (s: PermissionStatus) => (s.type === 'Scope' ? L.delegated : L.application) },
    { key: 'description', name: L.description, minWidth: 200, fieldName: 'description' },
    { key: 'adminConsent', name: L.adminConsentRequired, minWidth: 120, onRender: (s: PermissionStatus) => (s.adminConsentRequired ? L.yes : L.no) },
    {
      key: 'status',
      name: L.status,
      minWidth: 180,
      onRender: (s: PermissionStatus) =>
        s.granted ? (
          <span>
            <Icon iconName="SkypeCircleCheck" styles={{ root: { color: '#107c10' } }} /> {L.grantedFor(p.tenant)}
          </span>
        ) : (
          <span>
            <Icon iconName="Warning" styles={{ root: { color: '#d83b01' } }} /> {L.notGrantedFor(p.tenant)}
          </span>
        ),
    },
    {
      key: 'actions',
      name: '',
      minWidth: 32,
      maxWidth: 32,
      onRender: (s: PermissionStatus) => (
        <IconButton
          iconProps={{ iconName: 'More' }}
          title={L.moreActions(s.value)}
          ariaLabel={L.moreActions(s.value)}
          onRenderMenuIcon={() => null}
          menuProps={{ items: [{ key: 'remove', text: L.removePermission, iconProps: { iconName: 'Delete' }, onClick: () => p.remove(s) }] }}
        />
      ),
    },
  ];
  return (
    <Stack>
      <CommandBar ariaLabel="Command bar" items={commands(L, [{ key: 'refresh', text: L.refresh, iconProps: { iconName: 'Refresh' }, onClick: p.refresh }])} />
      <Stack styles={sectionStyle} tokens={gap}>
        {p.edited ? <MessageBar messageBarType={MessageBarType.warning}>{L.editingWarning}</MessageBar> : null}
        <Heading>{L.configuredPermissions}</Heading>
        <Text>{L.configuredIntro}</Text>
        <CommandBar
          ariaLabel={L.configuredPermissions}
          items={[
            { key: 'add', text: L.addAPermission, iconProps: { iconName: 'Add' }, onClick: p.picker.show },
            { key: 'grant', text: L.grantAdminConsent(p.tenant), iconProps: { iconName: 'CheckMark' }, onClick: p.consent.show },
          ]}
        />
        {p.gridError ? <Failure text={p.gridError} /> : null}
        {p.statuses === null && !p.gridError ? <Loading /> : null}
        {p.statuses ? (
          <>
            <Grid
              items={items}
              groups={groups}
              columns={columns}
              getKey={(s: PermissionStatus) => `${s.resourceAppId}:${s.type}:${s.id}`}
              ariaLabelForGrid={L.configuredPermissions}
              groupProps={{ showEmptyGroups: false }}
            />
            {items.length ? null : <Text>{L.noPermissions}</Text>}
          </>
        ) : null}
      </Stack>
      <PermissionPicker p={p.picker} />
      <Dialog
        hidden={!p.consent.open}
        onDismiss={p.consent.close}
        dialogContentProps={{ type: DialogType.normal, title: L.grantConfirmTitle, subText: L.grantConfirmText(p.tenant) }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={L.yes} onClick={p.consent.grant} />
          <DefaultButton text={L.no} onClick={p.consent.close} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}

// ---------------------------------------------------------------- enterprise application

function Enterprise({ objectId, appId, section }: { objectId: string; appId: string; section: string }) {
  const { L } = useEnv();
  const { sp, error } = useEnterprise(objectId, section);
  const shown = section === 'Overview' || section === 'Properties';
  return (
    <Menu groups={enterpriseMenu(L, objectId, appId)} selected={section}>
      <Stack styles={sectionStyle} tokens={gap}>
        {error ? <Failure text={error} /> : null}
        {!sp && !error ? <Loading /> : null}
        {sp && !shown ? <MessageBar>{L.notAvailable}</MessageBar> : null}
        {sp && shown ? (
          <>
            <Heading>{L.properties}</Heading>
            <ReadOnlyField label={L.name} value={sp.displayName} />
            <ReadOnlyField label={L.applicationId} value={sp.appId} />
            <ReadOnlyField label={L.objectId} value={sp.id} />
            {section === 'Overview' ? (
              <>
                <Heading>{L.gettingStarted}</Heading>
                <Stack horizontal tokens={{ childrenGap: 24 }}>
                  <Text>1. {L.assignUsers}</Text>
                  <Text>2. {L.setUpSso}</Text>
                </Stack>
              </>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Menu>
  );
}

function Bench() {
  const { L } = useEnv();
  const b = useBench();
  const columns: IColumn[] = [
    { key: 'name', name: 'Name', fieldName: 'name', minWidth: 140, isRowHeader: true },
    { key: 'id', name: 'Id', fieldName: 'id', minWidth: 120 },
    { key: 'status', name: 'Status', fieldName: 'status', minWidth: 100 },
    { key: 'group', name: 'Resource group', fieldName: 'group', minWidth: 120 },
    { key: 'generation', name: 'Generation', fieldName: 'generation', minWidth: 80 },
  ];
  return (
    <Stack>
      <CommandBar ariaLabel="Command bar" items={[{ key: 'rerender', text: L.rerender, iconProps: { iconName: 'Refresh' }, onClick: b.rerender }]} />
      <Stack styles={sectionStyle}>
        <Grid className="fxs-bench-grid" items={b.rows} columns={columns} getKey={(r: BenchRow) => r.key} ariaLabelForGrid={L.benchTitle} />
      </Stack>
    </Stack>
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
