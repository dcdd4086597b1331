/**
 * The page address's fragment (`#advocacy-imha`), decoded. A fragment that is not valid
 * percent-encoding (`#%`, `#%E0%A4%A`) is anyone's to type or link to: it means nothing to us, so
 * it reads as empty instead of throwing.
 */
export function pageFragment(hash: string = window.location.hash): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return '';
  }
}
