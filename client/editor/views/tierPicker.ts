import i18next from '../../i18n/index.ts';
import { questionTiers } from './questionTiers.ts';

/**
 * The question's tier badge; a click opens the list of the school's tiers (无 / A / B / C /
 * 基础 / 提高 / 拓展 / 必做 / 选做 / ★). Plain DOM inside the question's gutter: a guide has over
 * a hundred questions, and a React root for each made opening it slow.
 */
export class TierPicker {
  readonly element = document.createElement('span');
  private readonly badge = document.createElement('button');
  private menu: HTMLElement | null = null;
  private tier: string | null = null;

  constructor(private readonly onChange: (tier: string | null) => void) {
    this.element.className = 'tier-picker';
    this.element.append(this.badge);
    this.badge.type = 'button';
    this.badge.setAttribute('aria-haspopup', 'listbox');
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.addEventListener('click', () => (this.menu ? this.close() : this.open()));
  }

  /** Shows `tier`; the page leaves the picker out when the question has none and may not be changed. */
  render(tier: string | null, readOnly: boolean): void {
    this.tier = tier;
    if (readOnly && tier === null) this.close();
    this.badge.className = tier ? 'tier-badge' : 'tier-badge is-empty';
    this.badge.dataset.tier = tier ?? '';
    this.badge.title = i18next.t('editor.question.chooseTier');
    this.badge.disabled = readOnly;
    this.badge.textContent = tier ?? i18next.t('editor.question.tier');
    if (this.menu) this.fillMenu(this.menu);
  }

  destroy(): void {
    this.close();
  }

  private open() {
    const menu = document.createElement('span');
    menu.className = 'tier-menu';
    menu.setAttribute('role', 'listbox');
    this.fillMenu(menu);
    this.menu = menu;
    this.element.append(menu);
    this.badge.setAttribute('aria-expanded', 'true');
    document.addEventListener('mousedown', this.closeOutside);
  }

  private close() {
    if (!this.menu) return;
    this.menu.remove();
    this.menu = null;
    this.badge.setAttribute('aria-expanded', 'false');
    document.removeEventListener('mousedown', this.closeOutside);
  }

  private readonly closeOutside = (event: MouseEvent) => {
    if (!this.element.contains(event.target as Node)) this.close();
  };

  private fillMenu(menu: HTMLElement) {
    menu.setAttribute('aria-label', i18next.t('editor.question.chooseTier'));
    const option = (label: string, value: string | null) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'option');
      button.setAttribute('aria-selected', String(this.tier === value));
      button.className = 'tier-option';
      button.textContent = label;
      button.addEventListener('click', () => this.choose(value));
      return button;
    };
    menu.replaceChildren(
      option(i18next.t('editor.question.tierNone'), null),
      ...questionTiers(this.tier).map((tier) => option(tier, tier)),
    );
  }

  private choose(next: string | null) {
    this.close();
    if (next !== this.tier) this.onChange(next);
  }
}
