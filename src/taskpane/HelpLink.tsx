/**
 * "Hjälp": the help page (help.html, built beside taskpane.html) in a new tab, so the pane or the
 * page with the user's workbook stays as it is.
 */
import { Link } from '@fluentui/react-components';

export const HELP_URL = 'help.html';

export function HelpLink({ className }: { className?: string }) {
  return (
    <Link className={className} href={HELP_URL} target="_blank" rel="noopener noreferrer" aria-label="Hjälp (öppnas i en ny flik)">
      Hjälp
    </Link>
  );
}
