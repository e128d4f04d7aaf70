/** The Swedish help text of the periodkoll command. */
export const HELP_TEXT = `Periodkoll – kontroll av periodrapporter i Excel

Användning:
  periodkoll check <fil.xlsx|mapp>... [--format text|json] [--explain] [--budgetram <mnkr>] [--rapportar <år>] [--lag <år>]
          [--mark] [--report] [--out <kopia.xlsx>]
      Kontrollerar arbetsböckerna. En mapp betyder alla .xlsx-filer i mappen. --explain visar först
      hur varje tabell lästes: vilka rader varje summarad omfattar och vad varje avvikelse- eller
      relationskolumn räknas från. Med --out skrivs en kopia av en arbetsbok (originalet ändras
      aldrig): --mark färgar fynden och ger dem en anteckning, --report lägger till bladet
      Kontrollrapport; samma kopia som den fristående sidan laddar ner.
  periodkoll index --series <serie> --from <år> --to <år> --value <belopp> [--lag <år>] [--index <fil.xlsx>] [--format text|json]
      Räknar upp ett belopp med ett prisindex (LPIK, PKV, KPI) och visar kedjan, t.ex.
      1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025), och varifrån varje värde kommer.
      --lag 1 använder föregående års förändring (eftersläpning). Värdena tas i tre lager, det
      senare vinner: Periodkolls standardvärden (bara publicerade värden med källa), dina
      indexvärden (nedan) och bladet Index i arbetsboken som --index anger.
  periodkoll index --import <fil.xlsx|.csv> [--series <serie>] [--source <källa>] [--yes]
      Läser in en indextabell som SKR och SCB publicerar dem (år i rader eller kolumner, förändring
      i % eller indextal, Utfall/Prognos, rubrik med serie och datum) till dina indexvärden. Visar
      först vad som sparas och frågar j/n; utan terminal sparas inget utan --yes.
  periodkoll index --add <serie>:<år>=<värde> [--add …] --source <källa> [--status utfall|prognos] [--yes]
      Skriver in ett värde, t.ex. --add LPIK:2025=2,9% (förändring i %) eller --add KPI:2024=415,2.
  periodkoll index --remove <serie>[:<år>] [--yes]
      Tar bort dina värden för en serie eller ett år.
  periodkoll index --list [--index <fil.xlsx>] [--format text|json]
      Visar var dina indexvärden sparas och alla värden med källa, lager för lager.
  periodkoll control <fil.xlsx|.csv|.sie> [--sheet <blad>] [--n <antal> | --share <andel>] [--accounts <konton>]
          [--seed <seed>] [--stratify account] [--weighted] [--avtal <blad|namn|fil>] [--auto-threshold <kr>]
          [--capitalisation <kr>] [--operating-accounts <konton>] [--investment-accounts <konton>]
          [--out <kopia.xlsx>] [--format text|json]
      Kontrollmoment på en huvudbok (rubriker konto, belopp, datum; .xlsx, CSV-export eller SIE 4):
      dubbelbetalning, inköp utanför avtal (--avtal: blad eller namngivet område med
      avtalsleverantörer, eller en .xlsx- eller .csv-fil med en leverantör per rad; standard bladet
      Avtalsleverantörer), automatiskt attesterade fakturor över --auto-threshold (standard 10 000 kr)
      och förändring mot föregående år, investeringar på fel konto (aktiveringsgräns standard ett halvt
      prisbasbelopp; driftkonton 4000-7999, investeringskonton 1100-1299). Med --n eller --share dras
      ett stickprov, t.ex. --accounts "4611, 4630, 6811-6899, 7070" --n 25 --seed 2025: samma fil,
      flaggor och seed ger samma urval. --out skriver en kopia med bladet "Stickprov <datum>" och
      markerade rader.
  periodkoll scenario <fil.xlsx> --base <blad> [--set <parameter>]... [--column <kolumn>] [--format text|json]
      Räknar ett scenario på bladets resultatbudget, resultatrapport eller driftbudget: varje rad och
      summa räknas om (arbetsbokens egna formler när tabellen är byggd med formler), resultatet mot
      budgetramen (överskott/underskott), per område och per år. Arbetsboken ändras inte.
      --set "Personalkostnader=+2%"   rad eller grupp (Intäkter, Kostnader, ett område) i procent
      --set "Övriga kostnader=+1,5"   … med ett belopp i mnkr (mer kostnad eller mer intäkt)
      --set "LPIK:2025=3,5%"          indexvärde för ett år (senare år räknas upp med indexet)
      --set "Ram=-19,5"               budgetramen ändras i mnkr
      --set "Handlingsplan=29,0" --set "Handlingsplan:2024=24,2" (eller =84%)
                                      åtgärdskrav och handlingsplanens effekt per år
      En procentsats gäller budget- och prognoskolumnerna (inte utfall eller fg år), ett belopp
      alla beloppskolumner, om inte --column anger en kolumn.
  periodkoll compare <förra.xlsx> <denna.xlsx> [--threshold <mnkr>] [--format text|json]
      Jämför med förra månadens rapport: tabeller paras ihop efter typ och rubrik (inte bladnamn),
      rader efter etikett och kolumner efter innehåll (budget, utfall ack, prognos). Visar ändrad
      budget, flyttad prognos (varning från --threshold, standard 0,5 mnkr), ackumulerat utfall som
      minskat, nya och borttagna rader samt kontrollens nya och åtgärdade anmärkningar.
  periodkoll comment <fil.xlsx> [--format text|json]
      Skriver ett utkast till avvikelsekommentar för delårsrapporten: resultatet mot budget och
      prognos, de tre rader som förklarar mest av avvikelsen (med rätt ord för kostnader och
      intäkter) och de områden i driftredovisningen som sticker ut. Orsaker hittar Periodkoll
      aldrig på: där en orsak hör hemma står [orsak]. Arbetsboken ändras inte.
  periodkoll rules [--format text|json]
      Listar alla kontroller (regel-id, allvarlighet, rubrik).
  periodkoll --help
      Visar den här hjälpen.

Flaggor:
  Varje flagga skrivs --flagga värde eller --flagga=värde. Ett värde som börjar med minus skrivs
  med =, t.ex. --value=-50000. -- avslutar flaggorna: det som följer är filer, även en fil vars
  namn börjar med -, t.ex. periodkoll check -- -rapport.xlsx.

  --format text   Läsbar rapport per fil, grupperad per blad (standard).
  --format json   Maskinläsbar rapport: ett objekt för en fil, en lista för flera filer eller en mapp.
  --budgetram 108,4
                  Nämndens budgetram i mnkr, om den inte står i en cell märkt "Budgetram".
  --rapportar 2025
                  Rapportåret för målvärden "efter indexuppräkning", om ingen cell är märkt "Rapportår".
  --lag 1         Eftersläpning i år för indexserien (standard 0, eller en cell märkt "Eftersläpning").

Slutkod:
  0  inga fel hittades (varningar och info kan finnas)
  1  minst en anmärkning med allvarligheten fel
  1  compare: minst en varning sedan förra rapporten
  1  index --import/--add/--remove: inget sparades (inte bekräftat)
  2  någon fil kunde inte läsas, kommandot var felaktigt, eller ett indexvärde saknas (index)
     eller en rad eller kolumn i --set finns inte (scenario), eller arbetsboken har ingen
     resultatrapport eller driftredovisning (comment)
  3  internt fel i Periodkoll (en bugg; meddelandet visas på stderr)
`;
