/**
 * What every widget shares: the language it speaks (and follows when `lang`
 * changes), rendering in that language, and safe registration.
 */
import { LitElement, type PropertyValues } from 'lit';
import { resolveLanguage, type Locale } from '../i18n/language.js';
import { inLocale, isLocaleLoaded, loadLocale, type WidgetStrings } from '../i18n/localize.js';

const VERSION = '0.1.0';
const connected = new Set<SisterCityElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: SisterCityElement): void {
  connected.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((el) => el.refreshLocale()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(element: SisterCityElement): void {
  connected.delete(element);
  if (connected.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

export class SisterCityElement extends LitElement {
  static readonly version = VERSION;

  /** The strings this widget shows in each language but English (src/generated/strings/<widget>.ts). */
  protected static localeStrings: WidgetStrings;

  /**
   * Registers the element under `tag` (its default name unless a host renames
   * it). Registering again is a no-op; a different class under the same name
   * (another copy or version of this library) is left in place with a warning.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing: CustomElementConstructor | undefined = registry.get(tag);
    if (!existing) {
      registry.define(tag, this);
    } else if (existing !== (this as CustomElementConstructor)) {
      const version = (existing as Partial<typeof SisterCityElement>).version;
      console.warn(`<${tag}> was already defined by ${version ? `sister-city-widgets ${version}` : 'another script'}; this copy was not registered.`);
    }
  }

  /** The language the element renders in: `en`, `ja` or `fr-CA`. */
  protected locale: Locale = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** Re-reads the closest `lang` and renders again if it changed. @internal */
  refreshLocale(): void {
    const locale = resolveLanguage(this);
    if (locale === this.locale) return;
    this.locale = locale;
    this.requestUpdate();
  }

  /** Waits for the language's strings before rendering, so that no English flashes before Japanese or French. */
  protected override async scheduleUpdate(): Promise<void> {
    const { localeStrings } = this.constructor as typeof SisterCityElement;
    if (!isLocaleLoaded(this.locale, localeStrings)) await loadLocale(this.locale, localeStrings);
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    inLocale(this.locale, () => super.update(changed));
  }
}
