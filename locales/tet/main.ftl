# lmip: testu interfase iha lian Tetun

site-name = lmip
site-tagline = Portál Informasaun kona-ba Migrasaun Traballu
skip-to-content = Bá kedas ba konteúdu prinsipál
language-label = Lian
language-choose = Hili ita-nia lian

## Navigation
nav-label = Menu prinsipál
nav-home = Pájina inisiál
nav-corridors = Nasaun no dalan
nav-agencies = Verifika ajénsia
nav-jobs = Servisu
nav-help = Buka ajuda
nav-complaints = Keixa
nav-statistics = Estatístika

## Home page
home-title = Bá servisu iha rai-li'ur ho seguru
home-intro = Informasaun gratuita ne'ebé ami verifika ona, ba ema ne'ebé bá servisu iha rai-li'ur, ba sira-nia família no ba empregadór sira.
home-sections = Ita presiza saida?
home-corridors-desc = Pasu, dokumentu no kustu legál atu bá husi ita-nia nasaun ba nasaun seluk.
home-agencies-desc = Ajénsia rekrutamentu iha lisensa ka lae? Seguru ka lae?
home-jobs-desc = Oferta servisu no programa governu nian ne'ebé ami verifika ona.
home-help-desc = Liña telefone ajuda, embaixada, sindikatu no sentru sira ne'ebé ajuda traballadór sira.
home-complaints-desc = Relata problema no tuir ita-nia kazu, maske liu fronteira.
home-statistics-desc = Númeru ofisiál traballadór migrante sira nian, tuir nasaun no seksu.
home-trust = Pájina ida-idak hatudu informasaun mai husi ne'ebé no data ikus ne'ebé ema verifika.
home-urgent = Ita iha perigu agora? Bolu polísia ka liña ajuda iha nasaun ne'ebé ita hela.

## Sections that are not ready yet
section-building = Parte ida-ne'e husi portál sei halo hela. Favór fila fali lalais.

## Sample data
sample-banner = Dadus ezemplu: portál ida-ne'e hatudu informasaun ezemplu ba teste. Labele fiar ba informasaun ida-ne'e.

## Footer
footer-about = lmip mak software kódigu nakloke no gratuitu, ne'ebé ministériu traballu, organizasaun rejionál no ONG sira hala'o.
footer-privacy = Ami rai dadus pesoál uitoan liu ne'ebé bele.

## Errors
error-not-found-title = La hetan pájina
error-not-found-body = Ami la hetan pájina ida-ne'e. Karik muda ona, ka enderesu la loos.
error-server-title = Iha problema ida
error-server-body = Ne'e ami-nia sala, la'ós ita-nia sala. Favór koko fali iha minutu balun nia laran.
error-unavailable-title = Agora seidauk bele uza
error-unavailable-body = Portál la bele hatán agora. Favór koko fali iha minutu balun nia laran.
error-bad-request-title = Ami la komprende pedidu ida-ne'e
error-bad-request-body = Favór haree fali enderesu ka formuláriu, depois koko fali.
error-go-home = Bá pájina inisiál
error-reference = Referénsia: { $id }
untranslated-note = Seidauk tradús ba ita-nia lian

## Accounts and back office
account-sign-in-title = Tama ba sistema
account-sign-in-intro = Ba funsionáriu sira husi ministériu, sindikatu, ONG no organizasaun seluk ne'ebé tau matan ba portál ida-ne'e.
account-email = Enderesu email
account-password = Liafuan-pase
account-sign-in = Tama
account-set-password-title = Hili ita-nia liafuan-pase
account-set-password-rules = Uza karakter 12 ka liu. Liafuan balun ne'ebé la iha ligasaun ba malu halo liafuan-pase forte no fasil atu hanoin.
account-password-repeat = Liafuan-pase hanesan dala ida tan
account-save-password = Rai liafuan-pase
account-password-saved = Ami rai ona ita-nia liafuan-pase. Agora ita bele tama.
account-sign-out = Sai
account-sessions-title = Fatin ne'ebé ita tama hela
account-sessions-device = Navegadór
account-sessions-started = Tama iha
account-sessions-last-seen = Ativu ikus
account-sessions-current = navegadór ida-ne'e
account-sign-out-everywhere = Sai husi fatin hotu
account-error-too-short = Liafuan-pase badak liu: uza karakter 12 ka liu.
account-error-too-long = Liafuan-pase naruk liu: uza karakter 128 ka menus.
account-error-common = Liafuan-pase ida-ne'e mak ida husi sira ne'ebé ema uza barak liu, no atakante sira koko uluk. Hili seluk.
account-error-differ = Liafuan-pase rua ne'e la hanesan.
account-error-throttled = Koko barak liu ona. Hein minutu { $minutes } no koko fali.
account-error-credentials = Enderesu email ka liafuan-pase la loos.
office-title = Eskritóriu
office-signed-in-as = Tama hanesan { $email }
office-roles = Ita-nia organizasaun no knaar sira
office-no-roles = Ita seidauk iha knaar iha organizasaun ruma. Husu ba administradór.
office-queues = Ita-nia lista servisu (konteúdu atu revee, submisaun estatístika no kazu sira) sei mosu iha ne'e.
error-forbidden-title = Labele haruka formuláriu ida-ne'e
error-forbidden-body = Formuláriu ne'e nia tempu remata ona ka la mai husi site ida-ne'e. Fila fali, karrega fali pájina no koko fali.
audit-title = Rejistu auditoria
audit-intro = Mudansa no entrada hotu, tuir orden, ligadu ba malu atu hatudu bainhira ema troka. Verifika kadeia ho: lmip audit verify
audit-action = Asaun hahú ho
audit-entity = Tipu rejistu
audit-filter = Filtra
audit-when = Bainhira (UTC)
audit-who = Se
audit-what = Saida
audit-details = Detalle
audit-older = Rejistu tuan liu
account-error-link = Labele uza link ida-ne'e: karik nia tempu remata ona ka ema uza tiha ona. Husu link foun iha "Haluha liafuan-pase?" iha pájina atu tama, ka husu ba administradór.
account-forgot-link = Haluha liafuan-pase?
account-forgot-title = Hili liafuan-pase foun
account-forgot-intro = Hakerek enderesu email husi ita-nia konta. Ami sei haruka link ida atu hili liafuan-pase foun. Link ne'e la'o minutu 30.
account-forgot-send = Haruka link
account-forgot-sent = Se enderesu ne'e iha konta, link ida daudaun ne'e iha dalan. Haree ita-nia email, inklui pasta spam. Link ne'e la'o minutu 30.
account-error-email = Ne'e laós enderesu email. Haree fali no koko fali.
account-code-title = Hakerek kódigu
account-code-intro = Loke aplikasaun autentikadór iha ita-nia telemóvel no hakerek kódigu ho númeru 6 ne'ebé nia hatudu ba portál ida-ne'e.
account-code = Kódigu ho númeru 6
account-error-code = Kódigu ne'e la loos ka ema uza tiha ona. Hein kódigu tuir mai no hakerek.
account-error-sign-in-expired = Tama ne'e naruk liu. Hahú fali ho ita-nia liafuan-pase.
account-confirm-title = Hakerek fali liafuan-pase
account-confirm-intro = Ba mudansa ida-ne'e, favór hakerek fali ita-nia liafuan-pase. Ami husu bainhira ita tama liu minutu 15 ona.
account-confirm = Kontinua
account-two-factor-title = Verifikasaun daruak
account-two-factor-intro = Verifikasaun daruak proteje ita-nia konta maski ema seluk hatene ita-nia liafuan-pase. Instala aplikasaun autentikadór iha telemóvel, skaneia kódigu ida-ne'e, depois hakerek kódigu ho númeru 6 ne'ebé aplikasaun hatudu.
account-two-factor-secret = Se labele skaneia, hakerek xave ida-ne'e iha aplikasaun:
account-two-factor-turn-on = Ativa
account-two-factor-turn-off = Dezativa
account-two-factor-is-on = Ita-nia konta uza verifikasaun daruak. Atu dezativa, hakerek kódigu husi aplikasaun.
account-two-factor-on = Verifikasaun daruak ativu ona. Husi agora, ita sei hakerek kódigu bainhira tama.
account-two-factor-off = Verifikasaun daruak dezativu ona.
account-two-factor-required = Ita-nia organizasaun obriga verifikasaun daruak. Prepara agora atu kontinua.
account-error-second-factor-mandatory = Ita-nia organizasaun obriga verifikasaun daruak, entaun labele dezativa.
role-admin = Administradór
role-editor = Editór
role-reviewer = Revizór
role-stats-focal-point = Pontu fokál estatístika
role-stats-approver = Aprovadór estatístika
role-caseworker = Funsionáriu kazu
role-case-supervisor = Supervizór kazu
role-agency-rep = Reprezentante ajénsia rekrutamentu
role-unknown = Papél ne'ebé la koñese
org-kind-ministry = Ministériu
org-kind-overseas-employment-agency = Ajénsia servisu iha rai-li'ur
org-kind-embassy = Embaixada ka adidu traballu
org-kind-statistics-office = Eskritóriu estatístika
org-kind-trade-union = Sindikatu
org-kind-ngo = Organizasaun naun-governamentál
org-kind-resource-centre = Sentru apoiu ba traballadór migrante
org-kind-recruitment-agency = Ajénsia rekrutamentu
org-kind-employer = Empregadór
org-kind-regional-body = Organizasaun rejionál
org-kind-operator = Operadór portál
office-error-last-admin = Ne'e mak administradór ikus husi organizasaun. Halo ema seluk sai administradór uluk.
office-error-not-member = Ema ne'e laós membru organizasaun nian. Konvida nia duké ida-ne'e.
office-error-name = Hakerek naran ho karakter 1 to'o 200.
office-error-token-roles = Hili papél ida pelumenus. Token labele sai administradór.
office-error-token-name = Fó naran ba token ho karakter 1 to'o 100 ne'ebé hatete programa saida mak uza.
office-error-slug = Naran badak bele iha de'it letra ki'ik a-z, númeru no hífen 2 to'o 40, ezemplu dol-thailand.
office-error-country = Uza kódigu nasaun ho letra rua, ezemplu TH ka KH, ka husik mamuk.
office-error-choice = Opsaun ida la válidu. Karrega fali pájina no koko fali.
office-error-taken = Naran badak ne'e ema uza tiha ona. Hili seluk.
office-organisations-title = Organizasaun sira
office-new-organisation = Aumenta organizasaun
office-org-name = Naran kompletu
office-org-slug = Naran badak (ba enderesu web)
office-org-kind = Tipu
office-org-country = Kódigu nasaun (opsionál)
office-create = Aumenta
office-members = Membru sira
office-member-roles = Papél sira
office-status-invited = konvidadu
office-withdraw = Hasai
office-grant = Aumenta papél
office-invite = Konvida ema ida
office-invite-intro = Ami sei haruka email ho link atu tama. Se sira seidauk iha konta, link ne'e atu hili liafuan-pase; la'o loron 7.
office-role = Papél
office-invite-send = Haruka konvite
office-second-factor-required = Membru sira tenke uza verifikasaun daruak.
office-second-factor-optional-now = Verifikasaun daruak opsionál ba membru sira.
office-second-factor-require = Obriga verifikasaun daruak
office-second-factor-optional = Halo opsionál
office-tokens = Token API
office-tokens-intro = Token permite programa, hanesan script atu haruka estatístika, uza portál ba organizasaun ida-ne'e. Token ida-idak iha de'it papél ne'ebé ita hili.
office-token-name = Uza husi
office-token-last-used = Uza ikus
office-token-revoked = kansela ona
office-token-revoke = Kansela
office-token-create = Halo token
office-token-once = Kopia token ida-ne'e agora no rai ho seguru. Sei la hatudu tan.
office-token-made = Token halo ona.
office-invited = Konvite haruka ona.
office-saved = Rai ona.
office-administer = Organizasaun ne'ebé ita administra
office-your-account = Ita-nia konta
mail-reset-subject = Hili liafuan-pase foun
mail-reset-body =
    Ema ida husu atu hili liafuan-pase foun ba ita-nia konta iha portál ida-ne'e.
    Se ne'e ita, loke link ida-ne'e iha minutu { $minutes } nia laran:
    
    { $link }
    
    Se laós ita, ita bele ignora mensajen ida-ne'e. Ita-nia liafuan-pase la muda.
mail-invite-subject = Ita hetan konvite atu tama iha { $org }
mail-invite-body =
    Ita hetan konvite atu tama iha { $org } iha portál migrasaun traballu, hanesan { $role }.
    Loke link ida-ne'e atu hili ita-nia liafuan-pase. Link ne'e la'o to'o { $expires }:
    
    { $link }
    
    Se ita la hein mensajen ida-ne'e, ita bele ignora.
mail-role-added-subject = Ita iha papél foun iha { $org }
mail-role-added-body =
    Agora ita iha papél { $role } iha { $org } iha portál migrasaun traballu.
    Tama iha ne'e:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Haruka dadus estatístika
stats-submissions-title = Haruka dadus estatístika
stats-upload-for = Haruka dadus estatístika ba { $org }
stats-upload-intro = Hili tabela no tinan sira, depois hili arkivu: kestionáriu XLSX, CSV (formatu SDMX-CSV ka ILOSTAT) ka SDMX-ML. Ami sei verifika no hatudu relatóriu. La iha buat ida mak sei publika to'o aprovador ida simu.
stats-flow = Tabela
stats-period = Tinan
stats-period-help = Tinan ida, hanesan 2024, ka tinan balun, hanesan 2020-2024.
stats-encoding = Kodifikasaun testu
stats-encoding-auto = Buka rasik
stats-file = Arkivu
stats-upload = Haruka no verifika
stats-recent = Dadus ikus ne'ebé haruka
stats-none = Seidauk iha dadus ne'ebé haruka.
stats-submitted-at = Haruka iha
stats-organisation = Organizasaun
stats-status = Estadu
stats-format = Tipu arkivu
stats-counts = Númeru
stats-observations = valór { $n }
stats-errors = erru { $n }
stats-warnings = avizu { $n }
stats-report = Relatóriu verifikasaun
stats-report-clean = La hetan problema.
stats-severity = Tipu
stats-where = Iha ne'ebé
stats-what = Saida
stats-error = Erru
stats-warning = Avizu
stats-sheet = folha
stats-row = liña
stats-column = koluna
stats-preview = Valór dahuluk sira
stats-series = Séria
stats-value = Valór
stats-decide = Desizaun
stats-accept-warnings = Ha'u lee ona avizu sira no ha'u simu.
stats-publish = Publika
stats-reject-reason = Razaun ba ema ne'ebé haruka (la obrigatóriu)
stats-reject = Haruka fila
stats-status-waiting = Hein hela aprovador
stats-status-errors = Iha erru: haruka arkivu ne'ebé hadia ona
stats-status-released = Publika ona
stats-status-rejected = Haruka fila ona
stats-done-released = Publika ona hanesan versaun foun.
stats-done-rejected = Haruka fila ona ba ema ne'ebé haruka.
stats-error-flow = Hili tabela ida husi lista.
stats-error-period = Hakerek tinan ida, hanesan 2024, ka tinan balun, hanesan 2020-2024.
stats-error-encoding = Hili kodifikasaun testu husi lista.
stats-error-decided = Ema ida deside ona kona-ba dadus ne'e.
stats-error-has-errors = Arkivu ne'e iha erru. La bele publika. Haruka fila.
stats-error-accept-warnings = Arkivu ne'e iha avizu. Marka kaixa atu simu uluk antes publika.
stats-error-own = Ita rasik mak haruka arkivu ne'e. Aprovador seluk tenke deside.
stats-error-no-file = Hili arkivu ida atu haruka.
stats-problem-too-large = Arkivu boot liu { $limit } MB. Fahe ba arkivu ki'ik sira.
stats-problem-too-many-rows = Arkivu iha liña barak liu { $limit }. Fahe ba arkivu ki'ik sira.
stats-problem-too-many-columns = Arkivu iha koluna barak liu { $limit }.
stats-problem-field-too-long = Selula ne'e naruk liu karakter { $limit }.
stats-problem-unreadable = La bele lee arkivu: { $reason }
stats-problem-bad-encoding = Testu iha ne'e la'ós { $encoding }. Hili kodifikasaun arkivu nian (ba lian Tailandés dala barak Windows-874, ba lian Vietnamita Windows-1258) no haruka fali.
stats-problem-unsupported-format = La bele lee arkivu ne'e iha ne'e ({ $format }). Rai tabela hanesan CSV UTF-8 no haruka arkivu ne'e.
stats-problem-unknown-layout = Títulu koluna sira ({ $columns }) la'ós formatu SDMX-CSV ka ILOSTAT.
stats-problem-missing-column = Koluna { $column } la iha.
stats-problem-unknown-column = Koluna { $column } la'ós parte husi tabela ne'e. Hasai ida ne'e.
stats-problem-repeated-column = Koluna { $column } mosu dala rua.
stats-problem-ragged-row = Liña ne'e iha selula { $found }; títulu sira iha { $expected }.
stats-problem-unbalanced-quote = Marka sitasaun ida loke iha ne'e no nunka taka.
stats-problem-wrong-flow = Arkivu ne'e ba { $found }, la'ós ba { $expected }.
stats-problem-unsupported-action = La bele uza asaun { $action } iha ne'e. Uza I (aumenta) ka R (troka).
stats-problem-xml-doctype = XML iha deklarasaun tipu dokumentu. Ba seguransa, arkivu hanesan ne'e ami la simu.
stats-problem-xml-namespace = XML la'ós SDMX-ML 2.1 (ninia namespace mak { $found }).
stats-problem-xml-malformed = XML aat iha ne'e: { $reason }
stats-problem-not-sdmx-data = XML ne'e mensajen { $root }, la'ós dadus SDMX.
stats-problem-no-data = Arkivu la iha valór.
stats-problem-unknown-code = { $code } la'ós kódigu ida husi { $component }.
stats-problem-duplicate-key = { $key } ba { $period } iha ona iha liña { $first_row }.
stats-problem-not-a-number = { $value } la'ós númeru.
stats-problem-negative = { $value } negativu. Númeru labele ki'ik liu zero.
stats-problem-missing-value = Valór mamuk. Hakerek númeru ida, ka estadu observasaun ne'ebé esplika tanba sá mak la iha.
stats-problem-bad-period = { $value } la'ós períodu ba frekuénsia { $frequency } (hakerek tinan hanesan 2024).
stats-problem-period-out-of-range = { $value } iha li'ur tinan sira husi dadus ne'e ({ $first } to'o { $last }).
stats-problem-missing-attribute = { $attribute } obrigatóriu maibé la iha valór.
stats-problem-conflicting-attribute = { $attribute } mak { $first } iha liña uluk husi séria ne'e no { $found } iha ne'e.
stats-problem-total-mismatch = Totál { $key } ba { $period } mak { $total }, maibé ninia parte sira soma { $parts }.
stats-problem-jump = { $key } ba { $period } mak { $value }; númeru ne'ebé publika ona mak { $previous } (diferente dala { $factor }).
stats-problem-more-of-the-same = Iha tan { $more } hanesan iha leten ne'ebé la hatudu. Hadia sira ne'e no haruka fali arkivu.
stats-problem-not-a-questionnaire = Livru serbisu ne'e la'ós kestionáriu lmip: la iha folha { $sheet } ho tabela. Halo kestionáriu husi modelu no prenxe ida ne'e.
stats-problem-archive-bomb = Livru serbisu ne'e loke ba dadus barak liu duké kestionáriu ida bele iha. Ba seguransa, ami la simu.
stats-template-instructions = Oinsá prenxe kestionáriu ne'e
stats-template-step-for = Kestionáriu ne'e ba tabela { $flow }, ba { $country }, ba tinan { $year }. Labele troka valór sira iha leten folha tabela nian ka ninia títulu sira.
stats-template-step-rows = Hakerek liña ida ba nasaun ida-idak: hili nasaun iha koluna dahuluk husi lista.
stats-template-step-numbers = Hakerek de'it númeru ema, la ho espasu ka separadór rihun. Husik selula mamuk bainhira ita la hatene valór.
stats-template-step-totals = Totál tenke hanesan ho soma husi ninia parte sira (mane no feto).
stats-template-step-send = Haruka arkivu husi servisu-fatin kotuk, iha Haruka dadus estatístika. Ita sei simu relatóriu ida ne'ebé hatudu problema ida-idak no iha ne'ebé.
stats-template-flow = Tabela
stats-template-frequency = Frekuénsia
stats-template-country = Nasaun
stats-template-year = Tinan
stats-template-unit = Unidade
stats-template-partner = Nasaun parseiru
stats-template-value = Valór
stats-template-note = Nota

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Traballadór migrante sira ne'ebé hela iha rai li'ur (totál)
stats-flow-mig-outflow = Sidadaun sira ne'ebé sai ba serbisu iha rai li'ur
stats-flow-mig-inflow = Traballadór migrante sira ne'ebé mai
stats-flow-mig-return = Traballadór migrante sira ne'ebé fila ba uma
stats-flow-remit = Osan ne'ebé haruka mai
stats-flow-complaints = Keixa husi traballadór migrante sira
stats-unit-persons = ema
stats-unit-thousand-persons = rihun ema
stats-unit-usd = dólar EUA
stats-unit-million-usd = millaun dólar EUA
stats-profile-abroad = Ninia povu ne'ebé hela iha rai li'ur, tuir nasaun
stats-profile-migrants = Migrante sira ne'ebé hela iha ne'e, tuir nasaun orijen
stats-profile-departures = Sai ba serbisu iha rai li'ur, tuir destinu
stats-profile-remittances = Osan ne'ebé simu, tuir nasaun ne'ebé haruka
stats-explorer-title = Estatístika
stats-explorer-intro = Númeru ofisiál kona-ba traballadór migrante sira. Hili saida mak ita hakarak haree no hili Hatudu. Ita bele hatun númeru sira ka fahe ligasaun.
stats-area = Nasaun
stats-partner = Nasaun parseiru
stats-all-partners = Nasaun parseiru hotu
stats-breakdown = Grupu
stats-from = Husi tinan
stats-to = To'o tinan
stats-show = Hatudu
stats-no-figures = Seidauk iha númeru ba hili ne'e.
stats-unit = Unidade
stats-sources = Fonte sira
stats-download-csv = Hatun númeru sira ne'e (CSV)
stats-download-xlsx = Hatun númeru sira ne'e (Excel)
stats-permalink = Ligasaun ba haree ne'e
stats-sdmx-query = Dadus hanesan ba software estatístika (SDMX)
stats-country-profile = Perfíl nasaun
stats-total = Totál
stats-explore-more = Haree númeru hotu
stats-template-title = Kestionáriu
stats-template-intro = Hatun kestionáriu Excel ba tabela no tinan ida, prenxe, no haruka fali ho formuláriu iha leten.
stats-template-download = Hatun kestionáriu (Excel)
stats-country-code = Nasaun (kódigu letra rua, hanesan KH)
stats-error-country = Hakerek kódigu letra rua husi nasaun ne'ebé númeru sira ne'e ba, hanesan KH ka TH.
