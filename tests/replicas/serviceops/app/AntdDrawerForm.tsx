/**
 * The Add/Edit Email Server drawer built with antd itself (`?ui=antd`): Drawer, Form with
 * Form.Item labels, Select (virtual list), Radio.Group in button style for Authentication type,
 * Input.Password, InputNumber and Switch. The markup, ids and event handling are the library's
 * own; the app state and Save stay the replica's (App.tsx), so the saved payload is the same.
 */
import { useEffect, useState } from 'react';
import { Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Spin, Switch } from 'antd';
import type { DrawerFormProps } from './App';
import { applyChange, AUTH_TYPES, hasProvider, LABELS, oauthFieldsFor, PROVIDERS, protocolsFor, SECURITIES, type FieldKey, type ServerValues } from './model';

type FormValues = Omit<ServerValues, 'port'> & { port: number | null };

const toForm = (v: ServerValues): FormValues => ({ ...v, port: v.port === '' ? null : Number(v.port) });
const fromForm = (base: ServerValues, store: Partial<FormValues>): ServerValues => ({
  ...base,
  ...store,
  port: store.port === null || store.port === undefined ? base.port : String(store.port),
});

/** The OAuth block loads like a lazy chunk, as in the replica's own rendering: a spinner, then the fields ~150 ms later. */
function useLazyReady(key: string): boolean {
  const [ready, setReady] = useState<string>();
  useEffect(() => {
    const t = window.setTimeout(() => setReady(key), 150);
    return () => window.clearTimeout(t);
  }, [key]);
  return ready === key;
}

export function AntdDrawerForm({ open, title, onClose, onSave, onTest, direction, ui, values, errors, idSuffix, onChange, notify }: DrawerFormProps) {
  const [form] = Form.useForm<FormValues>();
  const oauthReady = useLazyReady(`${idSuffix}-${values.authType}`);

  // The app state is the source of truth: whatever it holds (side effects included) is shown.
  useEffect(() => {
    if (open) form.setFieldsValue(toForm(values));
  }, [form, open, values]);

  const item = (field: FieldKey, required = true) => ({
    name: field,
    label: LABELS[field],
    required,
    validateStatus: errors[field] ? ('error' as const) : undefined,
    help: errors[field],
  });

  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Button onClick={onTest}>Test Connection</Button>
          <Space>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="primary" onClick={onSave}>
              Save
            </Button>
          </Space>
        </Space>
      }
    >
      {open ? (
        <Form
          form={form}
          name={`server_form_${idSuffix}`}
          layout="vertical"
          autoComplete="off"
          initialValues={toForm(values)}
          onValuesChange={(changed: Partial<FormValues>) => {
            // The form's own store is current even when several changes come before a re-render.
            let current = fromForm(values, form.getFieldsValue(true));
            for (const [field, value] of Object.entries(changed) as [FieldKey, unknown][]) {
              const v = field === 'port' ? (value === null || value === undefined ? '' : String(value)) : value;
              current = applyChange(current, field, v as never, direction);
              onChange(current, field);
            }
          }}
        >
          <Form.Item {...item('name')}>
            <Input placeholder="e.g. Support Mailbox" />
          </Form.Item>
          <Form.Item {...item('email')}>
            <Input placeholder="support@example.com" />
          </Form.Item>
          {hasProvider(ui) ? (
            <Form.Item {...item('provider', false)}>
              <Select placeholder="Select provider" options={PROVIDERS.map((p) => ({ value: p, label: p }))} />
            </Form.Item>
          ) : null}
          <Form.Item {...item('protocol')}>
            <Select options={protocolsFor(direction).map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item {...item('host')}>
            <Input placeholder={direction === 'incoming' ? 'imap.example.com' : 'smtp.example.com'} />
          </Form.Item>
          <Form.Item {...item('port')}>
            <InputNumber min={1} max={65535} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item {...item('security')}>
            <Select options={SECURITIES.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item {...item('authType')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={AUTH_TYPES.map((a) => ({ value: a, label: a }))} />
          </Form.Item>
          {values.authType === 'Basic' ? (
            <>
              <Form.Item {...item('username')}>
                <Input placeholder="user@example.com" />
              </Form.Item>
              <Form.Item {...item('password')}>
                <Input.Password />
              </Form.Item>
            </>
          ) : !oauthReady ? (
            <Spin tip="Loading OAuth settings…">
              <div style={{ height: 48 }} />
            </Spin>
          ) : (
            oauthFieldsFor(ui).map((field) =>
              field === 'clientSecret' ? (
                <Form.Item key={field} {...item(field)}>
                  <Input.Password placeholder="Client secret value" />
                </Form.Item>
              ) : field === 'redirectUrl' ? (
                <Form.Item
                  key={field}
                  label={LABELS.redirectUrl}
                  htmlFor={`server_form_${idSuffix}_redirectUrl`}
                  extra="Generated by ServiceOps. Add it as a Web redirect URI in the app registration."
                >
                  <Space.Compact style={{ width: '100%' }}>
                    <Input value={values.redirectUrl} readOnly id={`server_form_${idSuffix}_redirectUrl`} />
                    <Button
                      aria-label="Copy Redirect URL"
                      onClick={() => {
                        void navigator.clipboard?.writeText(values.redirectUrl).then(
                          () => notify('Redirect URL copied'),
                          () => notify('Copy failed — select the URL and copy it manually'),
                        );
                      }}
                    >
                      Copy
                    </Button>
                  </Space.Compact>
                </Form.Item>
              ) : (
                <Form.Item key={field} {...item(field, field !== 'scope')}>
                  <Input />
                </Form.Item>
              ),
            )
          )}
          <Form.Item {...item('primary', false)} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      ) : null}
    </Drawer>
  );
}
