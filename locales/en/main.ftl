# lmip user-interface strings: English, the source language.
# Keep sentences short and plain: many readers have little reading practice.

site-name = lmip
site-tagline = Labour Migration Information Portal
skip-to-content = Skip to main content
language-label = Language
language-choose = Choose your language

## Navigation
nav-label = Main menu
nav-home = Home
nav-corridors = Countries and routes
nav-agencies = Check an agency
nav-jobs = Jobs
nav-help = Get help
nav-complaints = Complaints
nav-statistics = Statistics

## Home page
home-title = Work abroad safely
home-intro = Free, checked information for people who go abroad to work, for their families and for employers.
home-sections = What do you need?
home-corridors-desc = Steps, papers and legal costs to go from your country to another.
home-agencies-desc = Is the recruitment agency licensed? Is it safe?
home-jobs-desc = Job offers and government programmes that were checked.
home-help-desc = Hotlines, embassies, unions and centres that help workers.
home-complaints-desc = Report a problem and follow your case, also across borders.
home-statistics-desc = Official numbers of migrant workers, by country and sex.
home-trust = Every page shows where its facts come from and when they were last checked.
home-urgent = In danger now? Call the police or a helpline in the country where you are.

## Sections that are not ready yet
section-building = This part of the portal is being built. Please come back soon.

## Sample data
sample-banner = Sample data: this portal shows example information for testing. Do not rely on it.

## Footer
footer-about = lmip is free, open-source software run by labour ministries, regional bodies and NGOs.
footer-privacy = We collect as little personal data as we can.

## Errors
error-not-found-title = Page not found
error-not-found-body = We could not find this page. It may have moved, or the address may be wrong.
error-server-title = Something went wrong
error-server-body = This is our fault, not yours. Please try again in a few minutes.
error-unavailable-title = Not available right now
error-unavailable-body = The portal cannot answer at the moment. Please try again in a few minutes.
error-bad-request-title = We could not understand this request
error-bad-request-body = Please check the address or the form and try again.
error-go-home = Go to the home page
error-reference = Reference: { $id }
untranslated-note = Not yet translated into your language
