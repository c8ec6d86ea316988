/**
 * Rotation: the rotation page hands over the secret it created through Microsoft Graph. The value
 * goes to storage.session like a captured one; its Secret ID, hint and end go to the setup's
 * secret metadata, which the expiry warnings and the rotation's next steps read.
 */
import { t } from '../../i18n/t';
import type { Provenance, SecretMeta } from '../../schemas';
import { putSecret } from '../secrets';
import { isSenderPage } from '../sender';
import { findSetup, missingSetup, updateSetup } from '../setups-store';
import { fail, ok, type HandlerTable } from './types';

export const expiryHandlers: Pick<HandlerTable, 'rotation-secret'> = {
  'rotation-secret': {
    from: ['extension-page'],
    async handle(request, { deps, sender }) {
      // Only the rotation page creates secrets: no other page of ours may plant one in a setup.
      if (!isSenderPage(sender, ['/rotate.html'])) return fail(t('bg_rotationPageOnly'));
      if (!(await findSetup(request.setupId))) return fail(missingSetup());
      const now = deps.now();
      const provenance: Provenance = { source: 'graph', detail: t('bg_rotatedByGraph'), capturedAt: now };
      // The value first: metadata of a secret the extension does not hold would send the rotation on without it.
      const status = await putSecret(request.setupId, request.value, provenance, now);
      const meta: SecretMeta = { description: request.description, expires: request.expires, hint: request.hint, keyId: request.keyId, provenance };
      const updated = await updateSetup(request.setupId, (s) => ({
        ...s,
        secretMeta: meta,
        knownSecretIds: [...new Set([...(s.knownSecretIds ?? []), request.keyId])].slice(-100),
        secretMaskedAt: undefined,
        secretIdCopiedAt: undefined,
        updatedAt: now,
      }));
      return updated.ok ? ok(status) : updated;
    },
  },
};
