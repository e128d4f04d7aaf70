/** The Swedish help text of the periodkoll command. */
export const HELP_TEXT = `Periodkoll – kontroll av periodrapporter i Excel

Användning:
  periodkoll check <fil.xlsx|mapp>... [--format text|json] [--budgetram <mnkr>]
      Kontrollerar arbetsböckerna. En mapp betyder alla .xlsx-filer i mappen.
  periodkoll index --series <serie> --from <år> --to <år> --value <belopp> [--lag <år>] [--index <fil.xlsx>] [--format text|json]
      Räknar upp ett belopp med ett prisindex (LPIK, PKV, KPI) och visar kedjan, t.ex.
      1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025). --lag 1 använder föregående års
      förändring (eftersläpning). --index läser bladet Index i arbetsboken (År och en kolumn per
      serie; rubrik som slutar på % = årlig förändring i procent, annars indexnivå).
  periodkoll rules [--format text|json]
      Listar alla kontroller (regel-id, allvarlighet, rubrik).
  periodkoll --help
      Visar den här hjälpen.

Flaggor:
  --format text   Läsbar rapport per fil, grupperad per blad (standard).
  --format json   Maskinläsbar rapport: ett objekt för en fil, en lista för flera filer eller en mapp.
  --budgetram 108,4
                  Nämndens budgetram i mnkr, om den inte står i en cell märkt "Budgetram".

Slutkod:
  0  inga fel hittades (varningar och info kan finnas)
  1  minst en anmärkning med allvarligheten fel
  2  någon fil kunde inte läsas, kommandot var felaktigt, eller ett indexvärde saknas (index)
  3  internt fel i Periodkoll (en bugg; meddelandet visas på stderr)
`;
