# lmip: mga teksto ng interface sa Filipino

site-name = lmip
site-tagline = Portal ng Impormasyon sa Labour Migration
skip-to-content = Lumaktaw sa pangunahing nilalaman
language-label = Wika
language-choose = Piliin ang iyong wika

## Navigation
nav-label = Pangunahing menu
nav-home = Home
nav-corridors = Mga bansa at ruta
nav-agencies = Suriin ang ahensya
nav-jobs = Mga trabaho
nav-help = Humingi ng tulong
nav-complaints = Mga reklamo
nav-statistics = Estadistika

## Home page
home-title = Magtrabaho sa ibang bansa nang ligtas
home-intro = Libre at nasuring impormasyon para sa mga nagtatrabaho sa ibang bansa, sa kanilang pamilya at sa mga employer.
home-sections = Ano ang kailangan mo?
home-corridors-desc = Mga hakbang, dokumento at legal na gastos para pumunta mula sa iyong bansa papunta sa ibang bansa.
home-agencies-desc = May lisensya ba ang recruitment agency? Ligtas ba ito?
home-jobs-desc = Mga alok na trabaho at programa ng gobyerno na nasuri na.
home-help-desc = Mga hotline, embahada, unyon at sentrong tumutulong sa mga manggagawa.
home-complaints-desc = Iulat ang problema at subaybayan ang iyong kaso, kahit sa ibang bansa.
home-statistics-desc = Opisyal na bilang ng mga migranteng manggagawa, ayon sa bansa at kasarian.
home-trust = Bawat pahina ay nagpapakita kung saan galing ang impormasyon at kung kailan ito huling sinuri.
home-urgent = Nasa panganib ka ba ngayon? Tumawag sa pulis o sa hotline sa bansang kinaroroonan mo.

## Sections that are not ready yet
section-building = Ginagawa pa ang bahaging ito ng portal. Pakibalikan ito sa lalong madaling panahon.

## Sample data
sample-banner = Halimbawang datos: nagpapakita ang portal na ito ng halimbawang impormasyon para sa pagsubok. Huwag itong asahan.

## Footer
footer-about = Ang lmip ay libreng open-source software na pinapatakbo ng mga ministeryo ng paggawa, mga rehiyonal na organisasyon at mga NGO.
footer-privacy = Kumukuha kami ng kaunting personal na datos hangga't maaari.

## Errors
error-not-found-title = Hindi nakita ang pahina
error-not-found-body = Hindi namin makita ang pahinang ito. Maaaring nailipat na ito, o mali ang address.
error-server-title = May nangyaring mali
error-server-body = Kami ang may pagkakamali, hindi ikaw. Pakisubukang muli pagkalipas ng ilang minuto.
error-unavailable-title = Hindi pa magagamit ngayon
error-unavailable-body = Hindi makasagot ang portal sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto.
error-bad-request-title = Hindi namin naintindihan ang kahilingang ito
error-bad-request-body = Pakisuri ang address o ang form, at subukang muli.
error-go-home = Pumunta sa home page
error-reference = Reference: { $id }
untranslated-note = Hindi pa naisasalin sa iyong wika

## Accounts and back office
account-sign-in-title = Mag-sign in
account-sign-in-intro = Para sa mga kawani ng mga ministeryo, unyon, NGO at iba pang organisasyong nag-aalaga sa portal na ito.
account-email = E-mail address
account-password = Password
account-sign-in = Mag-sign in
account-set-password-title = Piliin ang iyong password
account-set-password-rules = Gumamit ng hindi bababa sa 12 character. Ang ilang salitang hindi magkakaugnay ay malakas na password na madaling tandaan.
account-password-repeat = Ang parehong password ulit
account-save-password = I-save ang password
account-password-saved = Na-save na ang iyong password. Maaari ka nang mag-sign in.
account-sign-out = Mag-sign out
account-sessions-title = Kung saan ka naka-sign in
account-sessions-device = Browser
account-sessions-started = Nag-sign in
account-sessions-last-seen = Huling aktibo
account-sessions-current = ang browser na ito
account-sign-out-everywhere = Mag-sign out sa lahat ng lugar
account-error-too-short = Masyadong maikli ang password: gumamit ng hindi bababa sa 12 character.
account-error-too-long = Masyadong mahaba ang password: gumamit ng hindi hihigit sa 128 character.
account-error-common = Isa ito sa mga pinakakaraniwang password, na unang sinusubukan ng mga umaatake. Pumili ng iba.
account-error-differ = Hindi magkapareho ang dalawang password.
account-error-throttled = Masyadong maraming pagsubok. Maghintay ng { $minutes } minuto at subukang muli.
account-error-credentials = Mali ang e-mail address o ang password.
office-title = Back office
office-signed-in-as = Naka-sign in bilang { $email }
office-roles = Ang iyong mga organisasyon at tungkulin
office-no-roles = Wala ka pang tungkulin sa anumang organisasyon. Magtanong sa administrator.
office-queues = Dito lalabas ang iyong mga listahan ng gawain (nilalamang susuriin, mga isinumiteng estadistika at mga kaso).
error-forbidden-title = Hindi maipapadala ang form na ito
error-forbidden-body = Nag-expire na ang form o hindi ito galing sa site na ito. Bumalik, i-reload ang pahina at subukang muli.
audit-title = Audit log
audit-intro = Bawat pagbabago at pag-sign in, sunod-sunod, magkakadugtong para makita ang pakikialam. Suriin ang kadena gamit ang: lmip audit verify
audit-action = Nagsisimula ang aksyon sa
audit-entity = Uri ng rekord
audit-filter = I-filter
audit-when = Kailan (UTC)
audit-who = Sino
audit-what = Ano
audit-details = Detalye
audit-older = Mas lumang entry
account-error-link = Hindi magagamit ang link na ito: maaaring nag-expire na ito o nagamit na. Humingi ng bago sa "Nakalimutan ang password?" sa pahina ng pag-sign in, o sa administrator.
account-forgot-link = Nakalimutan ang password?
account-forgot-title = Pumili ng bagong password
account-forgot-intro = Ilagay ang e-mail address ng iyong account. Magpapadala kami ng link para pumili ng bagong password. Gumagana ang link nang 30 minuto.
account-forgot-send = Ipadala ang link
account-forgot-sent = Kung may account ang address na ito, papunta na ang link. Tingnan ang iyong e-mail, pati ang spam folder. Gumagana ang link nang 30 minuto.
account-error-email = Hindi ito e-mail address. Suriin at subukang muli.
account-code-title = Ilagay ang code
account-code-intro = Buksan ang authenticator app sa iyong telepono at ilagay ang 6-digit na code na ipinapakita nito para sa portal na ito.
account-code = 6-digit na code
account-error-code = Mali ang code na ito o nagamit na. Hintayin ang susunod na code at ilagay ito.
account-error-sign-in-expired = Masyadong natagalan ang pag-sign in. Magsimulang muli gamit ang iyong password.
account-confirm-title = Ilagay muli ang password
account-confirm-intro = Para sa pagbabagong ito, ilagay muli ang iyong password. Hinihingi namin ito kapag nag-sign in ka nang higit 15 minuto na ang nakalipas.
account-confirm = Magpatuloy
account-two-factor-title = Pangalawang hakbang ng pag-verify
account-two-factor-intro = Pinoprotektahan ng pangalawang hakbang ang iyong account kahit may makaalam ng iyong password. Mag-install ng authenticator app sa telepono, i-scan ang code na ito, at ilagay ang 6-digit na code na ipinapakita ng app.
account-two-factor-secret = Kung hindi ma-scan, i-type ang susing ito sa app:
account-two-factor-turn-on = I-on
account-two-factor-turn-off = I-off
account-two-factor-is-on = Gumagamit ang iyong account ng pangalawang hakbang. Para i-off ito, ilagay ang code mula sa app.
account-two-factor-on = Naka-on na ang pangalawang hakbang. Mula ngayon, maglalagay ka ng code kapag nag-sign in.
account-two-factor-off = Naka-off na ang pangalawang hakbang.
account-two-factor-required = Hinihingi ng iyong organisasyon ang pangalawang hakbang. I-set up ito ngayon para makapagpatuloy.
account-error-second-factor-mandatory = Hinihingi ng iyong organisasyon ang pangalawang hakbang, kaya hindi ito mai-off.
role-admin = Administrator
role-editor = Editor
role-reviewer = Tagasuri
role-stats-focal-point = Focal point sa estadistika
role-stats-approver = Tagapag-apruba ng estadistika
role-caseworker = Caseworker
role-case-supervisor = Superbisor ng mga kaso
role-agency-rep = Kinatawan ng recruitment agency
role-unknown = Hindi kilalang tungkulin
org-kind-ministry = Kagawaran
org-kind-overseas-employment-agency = Ahensiya sa pagtatrabaho sa ibang bansa
org-kind-embassy = Embahada o labour attaché
org-kind-statistics-office = Tanggapan ng estadistika
org-kind-trade-union = Unyon ng manggagawa
org-kind-ngo = Non-governmental organisation
org-kind-resource-centre = Resource centre para sa migranteng manggagawa
org-kind-recruitment-agency = Recruitment agency
org-kind-employer = Employer
org-kind-regional-body = Panrehiyong samahan
org-kind-operator = Tagapagpatakbo ng portal
office-error-last-admin = Ito ang huling administrator ng organisasyon. Gawin munang administrator ang iba.
office-error-not-member = Hindi miyembro ng organisasyon ang taong ito. Imbitahan na lang siya.
office-error-name = Maglagay ng pangalan na 1 hanggang 200 character.
office-error-token-roles = Pumili ng kahit isang tungkulin. Hindi puwedeng administrator ang token.
office-error-token-name = Bigyan ang token ng pangalan na 1 hanggang 100 character na nagsasabi kung ano ang gumagamit nito.
office-error-slug = Ang maikling pangalan ay 2 hanggang 40 maliliit na titik a-z, numero at gitling lamang, halimbawa dol-thailand.
office-error-country = Gumamit ng dalawang-titik na country code, halimbawa TH o KH, o iwanang blangko.
office-error-choice = May isang pagpipilian na hindi wasto. I-reload ang pahina at subukang muli.
office-error-taken = Gamit na ang maikling pangalang ito. Pumili ng iba.
office-organisations-title = Mga organisasyon
office-new-organisation = Magdagdag ng organisasyon
office-org-name = Buong pangalan
office-org-slug = Maikling pangalan (para sa web address)
office-org-kind = Uri
office-org-country = Country code (opsyonal)
office-create = Idagdag
office-members = Mga miyembro
office-member-roles = Mga tungkulin
office-status-invited = inimbitahan
office-withdraw = Alisin
office-grant = Magdagdag ng tungkulin
office-invite = Mag-imbita
office-invite-intro = Padadalhan namin sila ng e-mail na may link para sumali. Kung wala pa silang account, makakapili sila ng password sa link; gumagana ito nang 7 araw.
office-role = Tungkulin
office-invite-send = Ipadala ang imbitasyon
office-second-factor-required = Kailangang gumamit ng pangalawang hakbang ang mga miyembro.
office-second-factor-optional-now = Opsyonal sa mga miyembro ang pangalawang hakbang.
office-second-factor-require = Gawing kailangan ang pangalawang hakbang
office-second-factor-optional = Gawing opsyonal
office-tokens = Mga API token
office-tokens-intro = Pinapayagan ng token ang mga programa, gaya ng script na nag-a-upload ng estadistika, na gamitin ang portal para sa organisasyong ito. May mga tungkuling pinili mo lamang ang bawat token.
office-token-name = Ginagamit ng
office-token-last-used = Huling ginamit
office-token-revoked = binawi
office-token-revoke = Bawiin
office-token-create = Gumawa ng token
office-token-once = Kopyahin ang token na ito ngayon at itago nang ligtas. Hindi na ito ipapakita muli.
office-token-made = Nagawa na ang token.
office-invited = Naipadala ang imbitasyon.
office-saved = Nai-save.
office-administer = Mga organisasyong pinangangasiwaan mo
office-your-account = Ang iyong account
mail-reset-subject = Pumili ng bagong password
mail-reset-body =
    May humiling na pumili ng bagong password para sa iyong account sa portal na ito.
    Kung ikaw ito, buksan ang link na ito sa loob ng { $minutes } minuto:
    
    { $link }
    
    Kung hindi ikaw ito, huwag pansinin ang mensaheng ito. Hindi nagbago ang iyong password.
mail-invite-subject = Inimbitahan kang sumali sa { $org }
mail-invite-body =
    Inimbitahan kang sumali sa { $org } sa portal ng labour migration, bilang { $role }.
    Buksan ang link na ito para pumili ng password. Gumagana ito hanggang { $expires }:
    
    { $link }
    
    Kung hindi mo inaasahan ang mensaheng ito, huwag itong pansinin.
mail-role-added-subject = May bago kang tungkulin sa { $org }
mail-role-added-body =
    Mayroon ka nang tungkuling { $role } sa { $org } sa portal ng labour migration.
    Mag-sign in dito:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Pagpapadala ng estadistika
stats-submissions-title = Pagpapadala ng estadistika
stats-upload-for = Magpadala ng estadistika para sa { $org }
stats-upload-intro = Piliin ang talahanayan at ang mga taon, saka ang file: ang XLSX na talatanungan, CSV (anyong SDMX-CSV o ILOSTAT) o SDMX-ML. Susuriin namin ito at ipapakita ang ulat. Walang mailalathala hangga't hindi ito tinatanggap ng tagapag-apruba.
stats-flow = Talahanayan
stats-period = Mga taon
stats-period-help = Isang taon, gaya ng 2024, o isang saklaw, gaya ng 2020-2024.
stats-encoding = Encoding ng teksto
stats-encoding-auto = Awtomatikong alamin
stats-file = File
stats-upload = Ipadala at suriin
stats-recent = Mga pinakabagong padala
stats-none = Wala pang padala.
stats-submitted-at = Ipinadala
stats-organisation = Organisasyon
stats-status = Katayuan
stats-format = Uri ng file
stats-counts = Bilang
stats-observations = { $n } halaga
stats-errors = { $n } mali
stats-warnings = { $n } babala
stats-report = Ulat ng pagsusuri
stats-report-clean = Walang nakitang problema.
stats-severity = Uri
stats-where = Saan
stats-what = Ano
stats-error = Mali
stats-warning = Babala
stats-sheet = sheet
stats-row = hanay
stats-column = kolum
stats-preview = Mga unang halaga
stats-series = Serye
stats-value = Halaga
stats-decide = Pasya
stats-accept-warnings = Nabasa ko ang mga babala at tinatanggap ko ang mga ito.
stats-publish = Ilathala
stats-reject-reason = Dahilan para sa nagpadala (opsyonal)
stats-reject = Ibalik
stats-status-waiting = Naghihintay ng tagapag-apruba
stats-status-errors = May mga mali: magpadala ng naitamang file
stats-status-released = Nailathala
stats-status-rejected = Ibinalik
stats-done-released = Nailathala bilang bagong release.
stats-done-rejected = Ibinalik sa nagpadala.
stats-error-flow = Pumili ng talahanayan sa listahan.
stats-error-period = Maglagay ng isang taon, gaya ng 2024, o saklaw, gaya ng 2020-2024.
stats-error-encoding = Pumili ng encoding ng teksto sa listahan.
stats-error-decided = May nakapagpasya na sa padalang ito.
stats-error-has-errors = May mga mali ang file na ito. Hindi ito mailalathala. Ibalik ito.
stats-error-accept-warnings = May mga babala ang file na ito. Lagyan ng tsek ang kahon para tanggapin ang mga ito bago ilathala.
stats-error-own = Ikaw mismo ang nagpadala ng file na ito. Ibang tagapag-apruba ang dapat magpasya.
stats-error-no-file = Pumili ng file na ipapadala.
stats-problem-too-large = Mas malaki sa { $limit } MB ang file. Hatiin ito sa mas maliliit na file.
stats-problem-too-many-rows = Higit sa { $limit } hanay ang file. Hatiin ito sa mas maliliit na file.
stats-problem-too-many-columns = Higit sa { $limit } kolum ang file.
stats-problem-field-too-long = Mas mahaba sa { $limit } character ang cell na ito.
stats-problem-unreadable = Hindi mabasa ang file: { $reason }
stats-problem-bad-encoding = Hindi { $encoding } ang teksto rito. Piliin ang encoding ng file (sa Thai kadalasan Windows-874, sa Vietnamese Windows-1258) at ipadala muli.
stats-problem-unsupported-format = Hindi mababasa rito ang file na ito ({ $format }). I-save ang talahanayan bilang CSV UTF-8 at iyon ang ipadala.
stats-problem-unknown-layout = Ang mga heading ng kolum ({ $columns }) ay hindi anyong SDMX-CSV o ILOSTAT.
stats-problem-missing-column = Wala ang kolum na { $column }.
stats-problem-unknown-column = Hindi bahagi ng talahanayang ito ang kolum na { $column }. Alisin ito.
stats-problem-repeated-column = Dalawang beses ang kolum na { $column }.
stats-problem-ragged-row = May { $found } cell ang hanay na ito; may { $expected } ang mga heading.
stats-problem-unbalanced-quote = May panipi na nagbubukas dito at hindi nagsasara.
stats-problem-wrong-flow = Para sa { $found } ang file na ito, hindi para sa { $expected }.
stats-problem-unsupported-action = Hindi magagamit dito ang aksyong { $action }. Gamitin ang I (idagdag) o R (palitan).
stats-problem-xml-doctype = May document type declaration ang XML. Para sa kaligtasan, tinatanggihan ang ganitong mga file.
stats-problem-xml-namespace = Hindi SDMX-ML 2.1 ang XML (ang namespace nito ay { $found }).
stats-problem-xml-malformed = Sira ang XML dito: { $reason }
stats-problem-not-sdmx-data = Isang mensaheng { $root } ang XML, hindi datos ng SDMX.
stats-problem-no-data = Walang halaga ang file.
stats-problem-unknown-code = Ang { $code } ay hindi code ng { $component }.
stats-problem-duplicate-key = Nasa hanay { $first_row } na ang { $key } para sa { $period }.
stats-problem-not-a-number = Ang { $value } ay hindi numero.
stats-problem-negative = Negatibo ang { $value }. Hindi maaaring mas mababa sa zero ang bilang.
stats-problem-missing-value = Walang laman ang halaga. Maglagay ng numero, o ng katayuan ng obserbasyon na nagsasabi kung bakit ito wala.
stats-problem-bad-period = Ang { $value } ay hindi panahon ng dalas na { $frequency } (ang taon ay isinusulat na gaya ng 2024).
stats-problem-period-out-of-range = Nasa labas ng mga taon ng padalang ito ang { $value } ({ $first } hanggang { $last }).
stats-problem-missing-attribute = Kailangan ang { $attribute } pero walang halaga.
stats-problem-conflicting-attribute = Ang { $attribute } ay { $first } sa naunang hanay ng seryeng ito at { $found } dito.
stats-problem-total-mismatch = Ang kabuuan ng { $key } para sa { $period } ay { $total }, pero ang mga bahagi nito ay { $parts }.
stats-problem-jump = Ang { $key } para sa { $period } ay { $value }; ang nailathalang bilang ay { $previous } ({ $factor } beses ang pagkakaiba).
stats-problem-more-of-the-same = May { $more } pang katulad ng nasa itaas na hindi nakalista. Itama ang mga iyon at ipadala muli ang file.
stats-problem-not-a-questionnaire = Hindi talatanungan ng lmip ang workbook na ito: walang sheet na { $sheet } na may talahanayan. Gawin ang talatanungan mula sa template at iyon ang punan.
stats-problem-archive-bomb = Ang workbook na ito ay lumalaki sa napakaraming datos kapag binuksan, higit sa kayang laman ng isang talatanungan. Tinanggihan ito para sa kaligtasan.
stats-template-instructions = Paano punan ang talatanungang ito
stats-template-step-for = Ang talatanungang ito ay para sa talahanayang { $flow }, para sa { $country }, sa taong { $year }. Huwag baguhin ang mga halaga sa itaas ng sheet ng talahanayan o ang mga heading nito.
stats-template-step-rows = Isang hanay bawat bansa: piliin ang bansa sa unang kolum mula sa listahan.
stats-template-step-numbers = Isulat lamang ang bilang ng tao, walang espasyo o panghiwalay ng libo. Iwanang walang laman ang cell kung hindi mo alam ang halaga.
stats-template-step-totals = Ang kabuuan ay dapat katumbas ng suma ng mga bahagi nito (lalaki at babae).
stats-template-step-send = Ipadala ang file mula sa back office, sa Pagpapadala ng estadistika. Makakatanggap ka ng ulat na nagpapakita ng bawat problema at kung nasaan ito.
stats-template-flow = Talahanayan
stats-template-frequency = Dalas
stats-template-country = Bansa
stats-template-year = Taon
stats-template-unit = Yunit
stats-template-partner = Katuwang na bansa
stats-template-value = Halaga
stats-template-note = Tala

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Mga migranteng manggagawa na nakatira sa ibang bansa (bilang)
stats-flow-mig-outflow = Mga mamamayang umaalis para magtrabaho sa ibang bansa
stats-flow-mig-inflow = Mga dumarating na migranteng manggagawa
stats-flow-mig-return = Mga umuuwing migranteng manggagawa
stats-flow-remit = Mga padalang pera
stats-flow-complaints = Mga reklamo ng migranteng manggagawa
stats-unit-persons = tao
stats-unit-thousand-persons = libong tao
stats-unit-usd = dolyar ng US
stats-unit-million-usd = milyong dolyar ng US
stats-profile-abroad = Mga mamamayan nito na nakatira sa ibang bansa, ayon sa bansa
stats-profile-migrants = Mga migranteng nakatira rito, ayon sa pinagmulang bansa
stats-profile-departures = Umaalis para magtrabaho sa ibang bansa, ayon sa destinasyon
stats-profile-remittances = Mga natanggap na padalang pera, ayon sa nagpadalang bansa
stats-explorer-title = Estadistika
stats-explorer-intro = Mga opisyal na bilang tungkol sa migranteng manggagawa. Piliin ang gustong makita at pindutin ang Ipakita. Maaari mong i-download ang mga bilang o ibahagi ang link.
stats-area = Bansa
stats-partner = Katuwang na bansa
stats-all-partners = Lahat ng katuwang na bansa
stats-breakdown = Grupo
stats-from = Mula sa taon
stats-to = Hanggang taon
stats-show = Ipakita
stats-no-figures = Wala pang bilang para sa piniling ito.
stats-unit = Yunit
stats-sources = Mga pinagmulan
stats-download-csv = I-download ang mga bilang na ito (CSV)
stats-download-xlsx = I-download ang mga bilang na ito (Excel)
stats-permalink = Link sa view na ito
stats-sdmx-query = Parehong datos para sa software ng estadistika (SDMX)
stats-country-profile = Profile ng bansa
stats-total = Kabuuan
stats-explore-more = Tingnan ang lahat ng bilang
stats-template-title = Ang talatanungan
stats-template-intro = I-download ang Excel na talatanungan para sa isang talahanayan at taon, punan ito, at ipadala pabalik gamit ang form sa itaas.
stats-template-download = I-download ang talatanungan (Excel)
stats-country-code = Bansa (dalawang-titik na code, gaya ng KH)
stats-error-country = Ilagay ang dalawang-titik na code ng bansang tinutukoy ng mga bilang, gaya ng KH o TH.
