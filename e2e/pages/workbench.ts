import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench as a person sees it: regions, controls and spans, found by role and name. */
export class Workbench {
  readonly documents: Locator;
  readonly documentList: Locator;
  readonly article: Locator;
  readonly articleText: Locator;
  readonly annotations: Locator;
  readonly spanList: Locator;
  readonly selectedSpan: Locator;
  readonly needsAttention: Locator;
  readonly labels: Locator;
  readonly saveState: Locator;
  readonly findBox: Locator;
  readonly findMatches: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.documents = page.getByRole('region', { name: 'Documents' });
    this.documentList = page.getByRole('list', { name: 'Document list' });
    this.article = page.getByRole('region', { name: 'Article' });
    this.articleText = page.getByRole('textbox', { name: 'Article text' });
    this.annotations = page.getByRole('region', { name: 'Annotations' });
    this.spanList = page.getByRole('list', { name: 'Spans' });
    this.selectedSpan = page.getByRole('region', { name: 'Selected span' });
    this.needsAttention = page.getByRole('region', { name: 'Needs attention' });
    this.labels = page.getByRole('toolbar', { name: 'Labels' });
    this.saveState = page.getByRole('status', { name: 'Save state' });
    this.findBox = page.getByRole('searchbox', { name: 'Find in article' });
    this.findMatches = page.getByRole('status', { name: 'Find matches' });
    this.notice = page.getByRole('alert', { name: 'Notice' });
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.documentList).toBeVisible();
  }

  /** Works as another annotator from now on, as typing a name in the header does. */
  async useAnnotator(name: string): Promise<void> {
    const field = this.page.getByRole('textbox', { name: 'Annotator' });
    await field.fill(name);
    await field.press('Enter');
  }

  /** The project panel's entry for a document. */
  documentEntry(documentId: string): Locator {
    return this.documentList.locator(`[data-document-id="${documentId}"]`);
  }

  /** Opens a document from the project panel by its id. */
  async openDocument(documentId: string): Promise<void> {
    await this.documentEntry(documentId).click();
    await expect(this.documentEntry(documentId)).toHaveAttribute('aria-current', 'true');
    await expect(this.articleText).toBeVisible();
  }

  /** The rendered span elements (decorations) of one label, or all. */
  spans(label?: string): Locator {
    return this.articleText.locator(
      label ? `[data-annotation-id][data-label="${label}"]` : '[data-annotation-id]',
    );
  }

  spanById(annotationId: string): Locator {
    return this.articleText.locator(`[data-annotation-id="${annotationId}"]`).first();
  }

  /** Selects the first occurrence of `phrase` with the keyboard only: Ctrl+F, type, Escape. */
  async selectWithKeyboard(phrase: string): Promise<void> {
    await this.articleText.focus();
    await this.page.keyboard.press('Control+f');
    await expect(this.findBox).toBeFocused();
    await this.page.keyboard.type(phrase);
    await expect(this.findMatches).not.toHaveText(/^0 /);
    await this.page.keyboard.press('Escape');
  }

  /** Selects `phrase` inside the article with a real text selection (what a mouse drag makes). */
  async selectText(phrase: string, occurrence = 0): Promise<void> {
    await this.page.evaluate(
      ({ phrase, occurrence }) => {
        const root = document.querySelector('[aria-label="Article text"]');
        if (!root) throw new Error('no article');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          let at = text.indexOf(phrase);
          while (at !== -1) {
            if (seen++ === occurrence) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + phrase.length);
              const selection = window.getSelection()!;
              selection.removeAllRanges();
              selection.addRange(range);
              return;
            }
            at = text.indexOf(phrase, at + 1);
          }
        }
        throw new Error(`"${phrase}" is not in one text node of the article`);
      },
      { phrase, occurrence },
    );
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^Saved/);
  }
}
