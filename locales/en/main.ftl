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

## Accounts and back office
account-sign-in-title = Sign in
account-sign-in-intro = For staff of ministries, unions, NGOs and other organisations that keep this portal.
account-email = E-mail address
account-password = Password
account-sign-in = Sign in
account-set-password-title = Choose your password
account-set-password-rules = Use at least 12 characters. A few words that do not belong together make a strong password that is easy to remember.
account-password-repeat = The same password again
account-save-password = Save password
account-password-saved = Your password is saved. You can sign in now.
account-sign-out = Sign out
account-sessions-title = Where you are signed in
account-sessions-device = Browser
account-sessions-started = Signed in
account-sessions-last-seen = Last active
account-sessions-current = this browser
account-sign-out-everywhere = Sign out everywhere
account-error-too-short = The password is too short: use at least 12 characters.
account-error-too-long = The password is too long: use at most 128 characters.
account-error-common = This password is one of the most common ones, which attackers try first. Choose another.
account-error-differ = The two passwords are not the same.
account-error-link = This link cannot be used: it may have expired or been used already. Ask an administrator for a new one.
account-error-throttled = Too many attempts. Wait { $minutes } minute(s) and try again.
account-error-credentials = The e-mail address or the password is not right.
office-title = Back office
office-signed-in-as = Signed in as { $email }
office-roles = Your organisations and roles
office-no-roles = You have no role in any organisation yet. Ask an administrator.
office-queues = Your work queues (content to review, statistics submissions, cases) will appear here.
error-forbidden-title = This form cannot be sent
error-forbidden-body = The form has expired or did not come from this site. Go back, reload the page and try again.
audit-title = Audit log
audit-intro = Every change and sign-in, in order, chained so that tampering shows. Check the chain with: lmip audit verify
audit-action = Action begins with
audit-entity = Kind of record
audit-filter = Filter
audit-when = When (UTC)
audit-who = Who
audit-what = What
audit-details = Details
audit-older = Older entries
