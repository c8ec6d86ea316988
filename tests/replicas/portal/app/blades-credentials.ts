/** Certificates & secrets (`~/Credentials`): tabs, client secret grid, "Add a client secret" pane. */
import type { AppDetail, ExpiryPreset, NewSecret, SecretInfo } from '../api-types';
import { api, bare, type BladeContext } from './core';
import { copyButton, formatDate, h, icon, portalButton, roleButton, setDisabled, sleep, toolbar, toolbarButton, uid } from './dom';
import { loadApp } from './app-common';
import { dataGrid, gridRow, infoBox, openPane, tabs } from './ui';

/** Values of secrets created on this visit of the blade; forgotten when the admin leaves it. */
const freshValues = new Map<string, string>();

export function maskSecret(hint: string): string {
  return `${hint}${'*'.repeat(34)}`;
}

export async function credentialsSection(ctx: BladeContext, content: HTMLElement, appId: string): Promise<void> {
  const { L } = ctx;
  ctx.onLeave(() => freshValues.clear());
  const loaded = await loadApp(ctx, content, appId);
  if (!loaded) return;
  let app: AppDetail = loaded;
  let gridHost: HTMLElement | null = null;
  const tabState: { relabel?: (id: string, label: string) => void } = {};

  /**
   * Description, Expires, Value, Secret ID and a delete button per row; the Value and the Secret
   * ID each share their cell with a "Copy to clipboard" button.
   */
  const secretGrid = (secrets: SecretInfo[]): HTMLElement => {
    const grid = dataGrid(L.clientSecrets, [L.description, L.expires, L.value, L.secretId, ''], 'fxs-secrets-grid');
    grid.table.setAttribute('aria-rowcount', String(secrets.length + 1));
    const copy = { copy: L.copyToClipboard, copied: L.copied };
    for (const s of secrets) {
      const fresh = freshValues.get(s.keyId);
      const shown = fresh ?? maskSecret(s.hint);
      const del = roleButton(
        { class: 'fxs-icon-button fxs-delete-button', 'aria-label': L.deleteSecret(s.displayName || s.keyId), title: L.delete },
        () => void remove(s),
        icon('trash'),
      );
      grid.body.appendChild(
        gridRow(
          [
            s.displayName,
            formatDate(s.endDateTime, ctx.cfg.lang),
            h(
              'div',
              { class: 'fxs-copyable' },
              h('span', { class: `fxs-secret-value msportalfx-text-monospace${fresh ? '' : ' fxs-secret-masked'}` }, shown),
              copyButton(() => shown, copy),
            ),
            h(
              'div',
              { class: 'fxs-copyable' },
              h('span', { class: 'fxs-secret-id msportalfx-guid' }, s.keyId),
              copyButton(() => s.keyId, copy),
            ),
            del,
          ],
          fresh ? 'fxs-secret-new' : '',
        ),
      );
    }
    grid.setEmpty(secrets.length ? '' : L.noSecrets);
    return grid.root;
  };

  /** Replaces the grid with freshly created nodes, as the real grid does when its data changes. */
  const renderGrid = () => {
    if (!gridHost || !ctx.alive()) return;
    const next = secretGrid(app.secrets);
    const old = gridHost.querySelector('.fxs-secrets-grid');
    if (old) old.replaceWith(next);
    else gridHost.appendChild(next);
    tabState.relabel?.('secrets', L.clientSecretsTab(app.secrets.length));
  };

  const certificatesGrid = () => {
    const grid = dataGrid(L.certificatesAndSecrets, [L.thumbprint, L.description, L.startDate, L.expires, L.certificateId]);
    grid.setEmpty(L.noCertificates);
    return grid.root;
  };

  const reload = async () => {
    app = await api<AppDetail>('GET', `apps/${encodeURIComponent(appId)}`);
  };

  const remove = async (s: SecretInfo) => {
    try {
      app = await api<AppDetail>('DELETE', `apps/${encodeURIComponent(appId)}/secrets/${encodeURIComponent(s.keyId)}`);
      freshValues.delete(s.keyId);
      if (!(await ctx.settle(0.5))) return;
      renderGrid();
      ctx.notify('success', L.secretDeleted(app.displayName));
    } catch (e) {
      ctx.notify('error', L.requestFailed, e instanceof Error ? e.message : String(e));
    }
  };

  const openAdd = () => {
    const pane = openPane(ctx, L.addClientSecret);
    const descId = uid('secret-description');
    const expId = uid('secret-expires');
    const desc = h('input', { type: 'text', id: descId, class: 'azc-input azc-formControl', placeholder: L.descriptionPlaceholder, autocomplete: 'off' });
    const presets: { value: ExpiryPreset; label: string }[] = [
      { value: '180d', label: L.expiresRecommended },
      { value: '90d', label: L.expires90 },
      { value: '365d', label: L.expires365 },
      { value: '545d', label: L.expires545 },
      { value: '730d', label: L.expires730 },
      { value: 'custom', label: L.expiresCustom },
    ];
    const exp = h(
      'select',
      { id: expId, class: 'azc-input azc-dropdown' },
      ...presets.map((p) => h('option', { value: p.value, selected: p.value === '180d' }, p.label)),
    );
    exp.value = '180d';
    const today = new Date();
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const startId = uid('secret-start');
    const endId = uid('secret-end');
    const start = h('input', { type: 'date', id: startId, class: 'azc-input', value: iso(today) });
    const end = h('input', { type: 'date', id: endId, class: 'azc-input', value: iso(new Date(today.getTime() + 180 * 86400_000)) });
    const custom = h(
      'div',
      { class: 'fxs-custom-dates', hidden: true },
      h('div', { class: 'msportalfx-form-row' }, h('label', { for: startId, class: 'msportalfx-form-label' }, L.start), start),
      h('div', { class: 'msportalfx-form-row' }, h('label', { for: endId, class: 'msportalfx-form-label' }, L.end), end),
    );
    exp.addEventListener('change', () => {
      custom.hidden = exp.value !== 'custom';
    });
    const err = h('div', { class: 'azc-validation-message', role: 'alert' });
    pane.body.append(
      h('div', { class: 'msportalfx-form-row' }, h('label', { for: descId, class: 'msportalfx-form-label' }, L.description), desc),
      h('div', { class: 'msportalfx-form-row' }, h('label', { for: expId, class: 'msportalfx-form-label' }, L.expires), exp),
      custom,
      err,
    );
    const add = portalButton({ label: L.add, primary: true, onClick: () => submit() });
    const cancel = portalButton({ label: L.cancel, onClick: () => pane.close() });
    const submit = () => {
      if (add.getAttribute('aria-disabled') === 'true') return;
      setDisabled(add, true);
      const expires = exp.value as ExpiryPreset;
      const body =
        expires === 'custom'
          ? {
              description: desc.value,
              expires,
              startDateTime: new Date(`${start.value}T00:00:00`).toISOString(),
              endDateTime: new Date(`${end.value}T00:00:00`).toISOString(),
            }
          : { description: desc.value, expires };
      api<NewSecret>('POST', `apps/${encodeURIComponent(appId)}/secrets`, body)
        .then(async (created) => {
          pane.close();
          freshValues.set(created.keyId, created.secretText);
          ctx.notify('progress', L.addingSecret);
          // The row shows up a moment later, and the grid renders once more shortly after.
          await sleep(300 + Math.round(Math.random() * 400));
          if (!ctx.alive()) return;
          await reload();
          renderGrid();
          ctx.notify('success', L.secretAdded(app.displayName));
          await sleep(250);
          renderGrid();
        })
        .catch((e: unknown) => {
          err.textContent = e instanceof Error ? e.message : String(e);
          setDisabled(add, false);
        });
    };
    pane.footer.append(add, cancel);
    desc.focus();
  };

  content.appendChild(toolbar(L.commandBar, toolbarButton({ label: L.gotFeedback, icon: 'feedback', onClick: () => undefined })));
  const section = h('div', { class: 'fxs-blade-content-section fxs-credentials' });
  content.appendChild(section);
  section.append(h('p', null, L.credentialsIntro), infoBox('info', L.secretBanner));
  const tabSet = tabs(
    [
      {
        id: 'certs',
        label: L.certificatesTab(0),
        render: (p) => {
          gridHost = null;
          p.append(toolbar(L.certificates, toolbarButton({ label: L.uploadCertificate, icon: 'plus', onClick: () => undefined })), certificatesGrid());
        },
      },
      {
        id: 'secrets',
        label: L.clientSecretsTab(app.secrets.length),
        render: (p) => {
          gridHost = h('div', { class: 'fxc-gc-host' });
          p.append(
            h('p', null, L.clientSecretsIntro),
            toolbar(L.clientSecrets, toolbarButton({ label: L.newClientSecret, icon: 'plus', onClick: openAdd, bare: bare(ctx) })),
            gridHost,
          );
          renderGrid();
        },
      },
      {
        id: 'federated',
        label: L.federatedTab(0),
        render: (p) => {
          gridHost = null;
          p.append(
            toolbar(L.federatedCredentials, toolbarButton({ label: L.addCredential, icon: 'plus', onClick: () => undefined })),
            h('p', null, L.noFederated),
          );
        },
      },
    ],
    'secrets',
    L.certificatesAndSecrets,
  );
  tabState.relabel = tabSet.relabel;
  section.appendChild(tabSet.root);
}
