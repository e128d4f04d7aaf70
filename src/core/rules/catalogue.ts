import type { Severity } from '../findings/finding';

/**
 * The one catalogue of rules. Ids are a contract (JSON output, marks, settings): never rename one.
 * Adding a rule = one implementation file + one line here. The ids written here are the type
 * RuleId, so a finding with an id missing from the catalogue does not compile.
 */
interface RuleEntry<Id extends string> {
  id: Id;
  category: string;
  severity: Severity;
  /** Swedish title shown in lists. */
  title: string;
  /** Swedish explanation shown "one click away". */
  explanation: string;
}

const rules = [
  r('sum.row-total', 'error', 'Summarad rad stämmer inte',
    'En Summa-, Totalt- eller Resultatrad ska vara summan av raderna den omfattar (inom avrundning).'),
  r('sum.ambiguous', 'info', 'Tabellen kan läsas på två sätt',
    'Summaraden kan byggas av olika rader och siffrorna stämmer lika bra med båda läsningarna. Periodkoll pekar inte ut något fel förrän det är klart vilka rader summan ska omfatta.'),
  r('sum.column-total', 'error', 'Totalkolumn stämmer inte',
    'En Totalt-kolumn ska vara summan av sina delkolumner, t.ex. Totalt = Kvinnor + Män (inom avrundning).'),
  r('variance.budget', 'error', 'Budgetavvikelse stämmer inte',
    'Budgetavvikelse = utfall − budget för samma period. Positiv avvikelse är bättre än budget när kostnader är negativa.'),
  r('variance.forecast', 'error', 'Prognosavvikelse stämmer inte',
    'Prognos budgetavvikelse = helårsprognos − helårsbudget.'),
  r('variance.sign-reversed', 'error', 'Avvikelsen har omvänt tecken',
    'Avvikelsen verkar räknad som budget − utfall. Med negativa kostnader ska den vara utfall − budget, så att positivt betyder bättre än budget.'),
  r('variance.change', 'error', 'Förändring stämmer inte',
    'Förändring = årets värde − föregående års värde.'),
  r('relation.ratio', 'error', 'Relation (%) stämmer inte',
    'Relation (%) = budgetavvikelse / omsättning × 100.'),
  r('relation.growth', 'error', 'Ökningstakt stämmer inte',
    'Ökningstakt (%) = (utfall / utfall föregående år − 1) × 100.'),
  r('relation.weighted-mean', 'warning', 'Totalt ligger utanför delarna',
    'För andelar (t.ex. sjukfrånvaro i %) är Totalt ett vägt medelvärde och ska ligga mellan värdena för delgrupperna.'),
  r('sign.cost', 'warning', 'Kostnad med fel tecken',
    'I tabellen redovisas kostnader med negativt tecken (eller positivt). En kostnad med motsatt tecken är nästan alltid ett inmatningsfel.'),
  r('sign.revenue', 'warning', 'Intäkt med fel tecken',
    'Intäkter redovisas positiva. En negativ intäkt är ovanlig och bör kontrolleras.'),
  r('error-value.cell', 'error', 'Felvärde i cell',
    'Cellen innehåller ett felvärde (t.ex. #DIVISION/0!) som syns i rapporten. Rätta formeln eller använd OMFEL för att visa "–".'),
  r('error-value.text', 'error', 'Inklistrad felvärdestext',
    'Cellen innehåller texten för ett felvärde, troligen inklistrad från en rapport. Den syns i rapporten som ett fel.'),
  r('number-text.stored-as-text', 'warning', 'Tal lagrat som text',
    'Ett tal lagrat som text räknas inte med i summor och formler. Skriv in det som ett tal.'),
  r('formula.inconsistent', 'warning', 'Formel avviker från grannarna',
    'Cellerna i en rad eller kolumn har samma formel, kopierad från cell till cell; den här cellen bryter mönstret och kan peka på fel rad eller kolumn.'),
  r('formula.sum-range', 'warning', 'SUMMA missar rader',
    'Summaformeln omfattar inte alla rader i sitt block; en rad som lagts till efteråt kan ha hamnat utanför.'),
  r('formula.hardcoded', 'warning', 'Inskrivet värde bland formler',
    'Grannarna räknas med formler men här står ett inskrivet tal; det uppdateras inte när underlaget ändras.'),
  r('crossref.result', 'error', 'Tabellerna stämmer inte med varandra',
    'Driftredovisningens Resultat (budgetavvikelse ack) ska vara samma som resultatrapportens budgetavvikelse ack för Resultat.'),
  r('crossref.budgetram', 'error', 'Budgetram i driftbudget stämmer inte med resultatbudget',
    'Summa varav budgetram i driftbudgeten ska motsvara resultatbudgetens Resultat (med omvänt tecken).'),
  r('budgetram.result', 'error', 'Resultatbudget stämmer inte med budgetramen',
    'Resultatbudgeten ska överensstämma med nämndens budgetram från regionfullmäktige.'),
  r('budgetram.exceeds-turnover', 'error', 'Varav budgetram större än omsättning',
    'Varav budgetram är den del av områdets omsättning som ramen finansierar och kan inte vara större än omsättningen.'),
  r('recognition.unknown-sheet', 'info', 'Bladet känns inte igen',
    'Periodkoll hittade ingen tabell som går att kontrollera på bladet. Kontrollera att tabellen har rubriker och radetiketter.'),
  r('recognition.merged-body', 'info', 'Sammanfogade celler i tabellen',
    'Sammanfogade celler i tabellens sifferdel gör att värden kan döljas; Periodkoll läser bara den övre vänstra cellen.'),
  r('target.index-mismatch', 'error', 'Indexuppräknat målvärde stämmer inte',
    'Målvärdet ska vara basårets värde efter indexuppräkning: basvärde × (1 + förändring/100) för varje år efter basåret (eller × nivå/nivå för KPI). Det angivna målvärdet skiljer sig mer än avrundningen tillåter; kedjan visas så att den kan räknas för hand.'),
  r('target.not-indexed', 'error', 'Målvärdet är inte indexuppräknat',
    'Texten säger att målvärdet är ett tidigare års värde efter indexuppräkning, men det angivna målvärdet är samma som basvärdet.'),
  r('target.index-missing', 'warning', 'Indexvärde saknas',
    'Indexserien saknar värde för ett år som behövs (eller rapportåret framgår inte, eller bladet Index går inte att läsa), så målvärdet kan inte räknas fram. År utan värde räknas aldrig som 0 %: läs in en indextabell från SKR eller SCB, skriv in värdet med källa i Periodkoll, eller lägg det på ett blad Index (År och en kolumn per serie, t.ex. "LPIK %").'),
  r('target.base-missing', 'info', 'Basvärde för indexuppräkning saknas',
    'Raden säger att målvärdet är ett tidigare års värde efter indexuppräkning, men basvärdet står inte i raden. Med en kolumn "Basvärde ÅÅÅÅ" räknar Periodkoll om målvärdet.'),
  r('target.unit-mismatch', 'warning', 'Utfall och målvärde har olika enheter',
    'Utfall och målvärde anges i enheter som inte går att jämföra (t.ex. % mot st). Kronor, tkr och mnkr räknas om automatiskt.'),
  r('target.sign-convention', 'info', 'Tecken för under-/överskott är otydligt',
    'Ett styrtal om budgetunderskott anger utfallet utan att säga om det är ett över- eller underskott. Periodkoll läser utfallet som budgetavvikelse (positivt = överskott, negativt = underskott) och målvärdet som största tillåtna underskott.'),
  r('summary.count-mismatch', 'error', 'Sammanställningen av måluppfyllelse stämmer inte',
    'Antalet mål och uppdrag per bedömning (uppnås, delvis, inte) i sammanställningen ska vara samma som antalet bedömningar i texten. Uppdrag: genomfört räknas som uppnås, flerårigt med årets del genomförd som delvis, inte genomfört som inte uppnås.'),
  r('ic.risk-value', 'error', 'Riskvärdet stämmer inte',
    'Riskvärde = sannolikhet × konsekvens. Det angivna riskvärdet är inte produkten, så risken kan hamna i fel färg i riskmatrisen.'),
  r('ic.scale', 'warning', 'Riskbedömning utanför skalan',
    'Sannolikhet och konsekvens ska vara steg på riskmatrisens skala (standard 1–4, inställningsbar, t.ex. 5 × 5). Ett värde utanför skalan eller text som inte går att läsa placeras inte i matrisen.'),
  r('ic.risk-without-action', 'warning', 'Risk utan åtgärd',
    'Varje risk i internkontrollplanen ska ha minst en åtgärd, eller vara uttryckligen accepterad.'),
  r('ic.red-risk', 'error', 'Röd risk utan åtgärd eller accepterad',
    'En risk i det röda fältet (standard riskvärde 9–16) ska ha en åtgärd som följs upp. En röd risk utan åtgärd, eller som markerats som accepterad, behöver ett tydligt beslut.'),
  r('ic.action-without-follow-up', 'warning', 'Åtgärd utan status och kommentar',
    'Vid uppföljningen ska varje åtgärd ha en status (avslutad, pågår, ej påbörjad) och en kommentar om vad som gjorts.'),
  r('ic.status-missing', 'warning', 'Status saknas',
    'Uppföljningen av åtgärden anger ingen status. Skriv t.ex. "Åtgärden är avslutad", "Åtgärden pågår" eller "Ej påbörjad" i kommentaren eller statuskolumnen.'),
  r('ic.status-unknown', 'warning', 'Okänd status',
    'Statuskolumnen innehåller en text som inte är en känd status. Kända är avslutad (klar, genomförd), pågår, ej påbörjad (har inte startat) och accepterad.'),
  r('ic.done-without-comment', 'warning', 'Avslutad utan kommentar',
    'En avslutad åtgärd ska ha en kommentar som säger vad som gjordes och vad kontrollen visade, inte bara att den är avslutad.'),
  r('ic.deadline-passed', 'warning', 'Klart senast har passerat',
    'Datumet i Klart senast har passerat men åtgärden är inte avslutad. Kontrolldatum är dagens datum (eller det datum som angetts i inställningarna).'),
  r('ic.duplicate-comment', 'warning', 'Samma kommentar under olika risker',
    'Samma mening står i kommentaren till två olika risker. Ofta är kommentaren kopierad från raden ovanför och inte omskriven; kontrollera att den hör till risken.'),
  r('ic.long-ongoing', 'warning', 'Pågår vid många uppföljningar',
    'Åtgärden har haft status pågår vid fler uppföljningar i följd än inställningen tillåter (standard 2). Bedöm om åtgärden behöver en ny tidplan eller ett annat upplägg.'),
  r('plan.missing-activity', 'warning', 'Prioritering saknar aktivitet',
    'I genomförandeplanen står "Saknas aktivitet" under en prioritering: prioriteringen har ingen aktivitet för året och följs alltså inte upp. Bedöm om en aktivitet ska läggas till eller om prioriteringen medvetet vilar.'),
  r('plan.red-without-comment', 'warning', 'Röd aktivitet utan kommentar',
    'Aktiviteten är bedömd som röd (inte påbörjad eller med betydande svårigheter), men varken uppföljningen eller en kommentar säger varför eller vad som görs.'),
  r('ledger.unreadable-row', 'warning', 'Rad i huvudboken kan inte läsas',
    'Raden saknar konto, eller beloppet eller datumet går inte att läsa (t.ex. en summarad eller en trasig exportrad). Den ingår inte i kontrollerna eller stickprovet.'),
  r('ledger.duplicate-invoice', 'error', 'Möjlig dubbelbetalning: samma fakturanummer',
    'Samma leverantör och fakturanummer är bokförda i två olika verifikationer (utan verifikationskolumn: två rader med samma belopp). Krediteringar räknas inte.'),
  r('ledger.duplicate-amount', 'warning', 'Möjlig dubbelbetalning: samma belopp nära i tid',
    'Samma leverantör och samma belopp är bokförda i olika verifikationer inom inställt antal dagar (standard 30), t.ex. en faktura som skickats igen med nytt nummer.'),
  r('ledger.outside-agreement', 'warning', 'Inköp utanför avtal',
    'Leverantören finns inte i listan över avtalsleverantörer (ett blad eller ett namngivet område). Namn jämförs utan skillnad på versaler, AB/Aktiebolag och skiljetecken; organisationsnummer jämförs när båda sidor har det.'),
  r('ledger.auto-approved-above-threshold', 'warning', 'Automatiskt attesterad faktura över beloppsgränsen',
    'Fakturan attesterades automatiskt men beloppet är över den inställda gränsen (standard 10 000 kr); ingen har granskat den innan den betalades.'),
  r('ledger.auto-approved-change', 'warning', 'Stor förändring av automatiskt attesterade fakturor',
    'Summan av automatiskt attesterade fakturor för en beställare eller leverantör har ändrats mer än den inställda faktorn (standard 2, upp eller ned) jämfört med föregående år.'),
  r('ledger.investment-on-operating', 'warning', 'Möjlig investering på driftkonto',
    'Beloppet är minst aktiveringsgränsen (standard ett halvt prisbasbelopp för året) men är bokfört på ett driftkonto (standard 4000–7999). Kontrollera om det är en investering.'),
  r('ledger.small-on-investment', 'warning', 'Litet belopp på investeringskonto',
    'Beloppet är under aktiveringsgränsen (standard ett halvt prisbasbelopp för året) men är bokfört på ett investeringskonto (standard 1100–1299). Kontrollera om det är en driftkostnad.'),
  r('compare.budget-changed', 'warning', 'Budgeten har ändrats sedan förra rapporten',
    'Årets budget ligger fast; en budgetsiffra som skiljer sig från förra månadens rapport kräver ett beslut om ombudgetering.'),
  r('compare.forecast-moved', 'info', 'Prognosen har flyttats sedan förra rapporten',
    'Prognosen ändras varje månad, men en större förändring (standard minst 0,5 mnkr, då en varning) bör kommenteras i analysen.'),
  r('compare.accumulated-decreased', 'warning', 'Ackumulerat utfall har minskat',
    'Ett ackumulerat utfall växer månad för månad; ett belopp som är mindre än förra månadens tyder på en rättelse eller ett återförande att förklara.'),
  r('compare.row-added', 'info', 'Ny rad sedan förra rapporten',
    'Raden fanns inte i förra månadens tabell (rader jämförs på etikett, inte position).'),
  r('compare.row-removed', 'info', 'Rad borttagen sedan förra rapporten',
    'Raden fanns i förra månadens tabell men saknas nu.'),
];

function r<Id extends string>(id: Id, severity: Severity, title: string, explanation: string): RuleEntry<Id> {
  return { id, category: id.split('.')[0], severity, title, explanation };
}

/** A rule id of the catalogue, e.g. "sum.row-total". */
export type RuleId = (typeof rules)[number]['id'];
export type RuleInfo = RuleEntry<RuleId>;

export const RULES: readonly RuleInfo[] = rules;
export const RULES_VERSION = '1.0.0';

const byId = new Map<RuleId, RuleInfo>(rules.map((x) => [x.id, x]));

export function ruleInfo(id: RuleId): RuleInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`Unknown rule id ${id}`);
  return info;
}
