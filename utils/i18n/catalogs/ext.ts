/** The extension's name and description (manifest `__MSG_ext_name__`) and its toolbar title. */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    /** The language these strings are in: extension pages and in-page UI carry it as their `lang`. */
    lang: 'en',
    name: 'ServiceOps Azure OAuth Helper',
    description:
      'Guides you through registering a Microsoft Entra app for ServiceOps mail over OAuth, captures the IDs and secret, checks them, and fills the ServiceOps form.',
  },
  de: {
    lang: 'de',
    name: 'ServiceOps Azure OAuth Helper',
    description:
      'Führt Sie durch die Registrierung einer Microsoft Entra-App für ServiceOps-Mail über OAuth, übernimmt die IDs und den geheimen Schlüssel, prüft sie und füllt das ServiceOps-Formular aus.',
  },
});
