import { t } from '../utils/i18n/t';
import { ServiceOpsSection } from './options/serviceops-section';
import { SecretSettings } from './options/secret-settings';
import { SignInSettings } from './options/sign-in-settings';

export function OptionsApp() {
  return (
    <main className="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('options_title', { name: t('ext_name') })}</h1>
      <ServiceOpsSection />
      <SecretSettings />
      <SignInSettings />
    </main>
  );
}
