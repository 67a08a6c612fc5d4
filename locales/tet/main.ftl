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
account-error-link = Labele uza link ida-ne'e: karik nia tempu remata ona ka ema uza tiha ona. Husu link foun ba administradór.
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
