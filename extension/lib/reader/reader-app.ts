/** The reader page's application: filled in by the reader issue. */
export async function startReader(document: Document): Promise<void> {
  document.title = 'GovClip';
}
