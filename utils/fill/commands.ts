/**
 * What the ServiceOps script does with a command from the background. Only our background may
 * command it, and a fill goes in only when the origin the background checked is this page's own:
 * a tab that navigated between the check and the command (Firefox has no documentId to address
 * the checked document) fills nothing.
 */
import { serviceOpsCommandSchema } from '../messages';
import type { FillReport } from '../schemas';
import { fillForm, probeForm } from './fill-form';
import { t } from '../i18n/t';

export interface CommandEnv {
  runtimeId: string;
  doc: Document;
  /** A fill the admin confirmed in extension UI: the inline button shows its report. */
  showReport: (report: FillReport) => void;
}

/** The listener's reply (a promise the browser sends back), or undefined when the message is not ours to answer. */
export function handleServiceOpsCommand(raw: unknown, sender: { id?: string; tab?: unknown }, env: CommandEnv): Promise<unknown> | undefined {
  // Commands come from our background only (never from another tab's content script).
  if (sender.id !== env.runtimeId || sender.tab) return undefined;
  const parsed = serviceOpsCommandSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const command = parsed.data;
  switch (command.type) {
    case 'serviceops-probe':
      return Promise.resolve(probeForm(env.doc));
    case 'serviceops-filled':
      env.showReport(command.report);
      return Promise.resolve(true);
    case 'serviceops-fill': {
      const here = env.doc.defaultView?.location.origin;
      if (command.origin !== here) {
        return Promise.resolve<FillReport>({
          ok: false,
          fields: [],
          message: t('fill_wrongPage'),
        });
      }
      return fillForm(env.doc, command.values, command.path);
    }
  }
}
