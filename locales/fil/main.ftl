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
account-error-link = Hindi magagamit ang link na ito: maaaring nag-expire na ito o nagamit na. Humingi ng bagong link sa administrator.
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
