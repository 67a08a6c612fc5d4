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
account-error-link = This link cannot be used: it may have expired or been used already. Ask for a new one with "Forgot your password?" on the sign-in page, or ask an administrator.
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
account-forgot-link = Forgot your password?
account-forgot-title = Choose a new password
account-forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password. The link works for 30 minutes.
account-forgot-send = Send the link
account-forgot-sent = If this address has an account, a link is on its way. Check your e-mail, including the spam folder. The link works for 30 minutes.
account-error-email = This is not an e-mail address. Check it and try again.
account-code-title = Enter your code
account-code-intro = Open the authenticator app on your phone and enter the 6-digit code it shows for this portal.
account-code = 6-digit code
account-error-code = This code is not right or was used already. Wait for the next code and enter it.
account-error-sign-in-expired = Signing in took too long. Start again with your password.
account-confirm-title = Enter your password again
account-confirm-intro = For this change, please enter your password again. We ask when you signed in more than 15 minutes ago.
account-confirm = Continue
account-two-factor-title = Second factor
account-two-factor-intro = A second factor protects your account even if someone learns your password. Install an authenticator app on your phone, scan this code with it, then enter the 6-digit code the app shows.
account-two-factor-secret = If you cannot scan, type this key into the app:
account-two-factor-turn-on = Turn on
account-two-factor-turn-off = Turn off
account-two-factor-is-on = Your account uses a second factor. To turn it off, enter a code from your app.
account-two-factor-on = The second factor is on. From now on, you will enter a code when you sign in.
account-two-factor-off = The second factor is off.
account-two-factor-required = Your organisation requires a second factor. Set it up now to continue.
account-error-second-factor-mandatory = Your organisation requires a second factor, so you cannot turn it off.
role-admin = Administrator
role-editor = Editor
role-reviewer = Reviewer
role-stats-focal-point = Statistics focal point
role-stats-approver = Statistics approver
role-caseworker = Caseworker
role-case-supervisor = Case supervisor
role-agency-rep = Agency representative
role-unknown = Unknown role
org-kind-ministry = Ministry
org-kind-overseas-employment-agency = Overseas employment agency
org-kind-embassy = Embassy or labour attaché
org-kind-statistics-office = Statistics office
org-kind-trade-union = Trade union
org-kind-ngo = Non-governmental organisation
org-kind-resource-centre = Migrant worker resource centre
org-kind-recruitment-agency = Recruitment agency
org-kind-employer = Employer
org-kind-regional-body = Regional body
org-kind-operator = Portal operator
office-error-last-admin = This is the organisation's last administrator. Make someone else an administrator first.
office-error-not-member = This person is not a member of the organisation. Invite them instead.
office-error-name = Give a name of 1 to 200 characters.
office-error-token-roles = Choose at least one role. A token cannot be an administrator.
office-error-token-name = Give the token a name of 1 to 100 characters that says what uses it.
office-error-slug = The short name can only have 2 to 40 lower-case letters a-z, digits and hyphens, for example dol-thailand.
office-error-country = Use a two-letter country code, for example TH or KH, or leave it empty.
office-error-choice = One of the choices is not valid. Reload the page and try again.
office-error-taken = This short name is already used. Choose another.
office-organisations-title = Organisations
office-new-organisation = Add an organisation
office-org-name = Full name
office-org-slug = Short name (for web addresses)
office-org-kind = Kind
office-org-country = Country code (optional)
office-create = Add
office-members = Members
office-member-roles = Roles
office-status-invited = invited
office-withdraw = Remove
office-grant = Add role
office-invite = Invite someone
office-invite-intro = We will e-mail them a link to join. If they have no account yet, the link lets them choose a password; it works for 7 days.
office-role = Role
office-invite-send = Send invitation
office-second-factor-required = Members must use a second factor.
office-second-factor-optional-now = A second factor is optional for members.
office-second-factor-require = Require a second factor
office-second-factor-optional = Make it optional
office-tokens = API tokens
office-tokens-intro = Tokens let programs, such as a statistics upload script, use the portal for this organisation. Each token has only the roles you choose.
office-token-name = What uses it
office-token-last-used = Last used
office-token-revoked = revoked
office-token-revoke = Revoke
office-token-create = Create token
office-token-once = Copy this token now and keep it safe. It will not be shown again.
office-token-made = The token was created.
office-invited = The invitation was sent.
office-saved = Saved.
office-administer = Organisations you administer
office-your-account = Your account
mail-reset-subject = Choose a new password
mail-reset-body =
    Someone asked to choose a new password for your account on this portal.
    If it was you, open this link within { $minutes } minutes:
    
    { $link }
    
    If it was not you, you can ignore this message. Your password has not changed.
mail-invite-subject = You are invited to join { $org }
mail-invite-body =
    You are invited to join { $org } on the labour migration portal, as { $role }.
    Open this link to choose your password. It works until { $expires }:
    
    { $link }
    
    If you did not expect this message, you can ignore it.
mail-role-added-subject = You have a new role in { $org }
mail-role-added-body =
    You now have the role { $role } in { $org } on the labour migration portal.
    Sign in here:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Statistics submissions
stats-submissions-title = Statistics submissions
stats-upload-for = Send statistics for { $org }
stats-upload-intro = Choose the table and the years, then the file: the XLSX questionnaire, CSV (SDMX-CSV or ILOSTAT layout) or SDMX-ML. We check it and show a report. Nothing is published until an approver accepts it.
stats-flow = Table
stats-period = Years
stats-period-help = One year, like 2024, or a range, like 2020-2024.
stats-encoding = Text encoding
stats-encoding-auto = Find out automatically
stats-file = File
stats-upload = Send and check
stats-recent = Latest submissions
stats-none = No submissions yet.
stats-submitted-at = Sent
stats-organisation = Organisation
stats-status = Status
stats-format = File type
stats-counts = Counts
stats-observations = { $n } values
stats-errors = { $n } errors
stats-warnings = { $n } warnings
stats-report = Check report
stats-report-clean = No problems found.
stats-severity = Kind
stats-where = Where
stats-what = What
stats-error = Error
stats-warning = Warning
stats-sheet = sheet
stats-row = row
stats-column = column
stats-preview = First values
stats-series = Series
stats-value = Value
stats-decide = Decision
stats-accept-warnings = I have read the warnings and accept them.
stats-publish = Publish
stats-reject-reason = Reason for the sender (optional)
stats-reject = Send back
stats-status-waiting = Waiting for an approver
stats-status-errors = Has errors: send a corrected file
stats-status-released = Published
stats-status-rejected = Sent back
stats-done-released = Published as a new release.
stats-done-rejected = Sent back to the sender.
stats-error-flow = Choose a table from the list.
stats-error-period = Give one year, like 2024, or a range, like 2020-2024.
stats-error-encoding = Choose a text encoding from the list.
stats-error-decided = Someone has already decided on this submission.
stats-error-has-errors = This file has errors. It cannot be published. Send it back.
stats-error-accept-warnings = This file has warnings. Tick the box to accept them before publishing.
stats-error-own = You sent this file yourself. Another approver must decide.
stats-error-no-file = Choose a file to send.
stats-problem-too-large = The file is larger than { $limit } MB. Split it into smaller files.
stats-problem-too-many-rows = The file has more than { $limit } rows. Split it into smaller files.
stats-problem-too-many-columns = The file has more than { $limit } columns.
stats-problem-field-too-long = This cell is longer than { $limit } characters.
stats-problem-unreadable = The file could not be read: { $reason }
stats-problem-bad-encoding = The text here is not { $encoding }. Choose the file's encoding (for Thai often Windows-874, for Vietnamese Windows-1258) and send it again.
stats-problem-unsupported-format = This file cannot be read here ({ $format }). Save the table as CSV UTF-8 and send that.
stats-problem-unknown-layout = The column headings ({ $columns }) are not SDMX-CSV or ILOSTAT's layout.
stats-problem-missing-column = The column { $column } is missing.
stats-problem-unknown-column = The column { $column } is not part of this table. Remove it.
stats-problem-repeated-column = The column { $column } is there twice.
stats-problem-ragged-row = This row has { $found } cells; the headings have { $expected }.
stats-problem-unbalanced-quote = A quotation mark opens here and never closes.
stats-problem-wrong-flow = This file is for { $found }, not for { $expected }.
stats-problem-unsupported-action = The action { $action } cannot be used here. Use I (add) or R (replace).
stats-problem-xml-doctype = The XML has a document type declaration. For safety such files are refused.
stats-problem-xml-namespace = The XML is not SDMX-ML 2.1 (its namespace is { $found }).
stats-problem-xml-malformed = The XML is broken here: { $reason }
stats-problem-not-sdmx-data = The XML is a { $root } message, not SDMX data.
stats-problem-no-data = The file has no values.
stats-problem-unknown-code = { $code } is not a code of { $component }.
stats-problem-duplicate-key = { $key } for { $period } is already in row { $first_row }.
stats-problem-not-a-number = { $value } is not a number.
stats-problem-negative = { $value } is negative. Counts cannot be below zero.
stats-problem-missing-value = The value is empty. Give a number, or an observation status that says why it is missing.
stats-problem-bad-period = { $value } is not a period of frequency { $frequency } (a year is written like 2024).
stats-problem-period-out-of-range = { $value } is outside the years of this submission ({ $first } to { $last }).
stats-problem-missing-attribute = { $attribute } is required and has no value.
stats-problem-conflicting-attribute = { $attribute } is { $first } in an earlier row of this series and { $found } here.
stats-problem-total-mismatch = The total of { $key } for { $period } is { $total }, but its parts add up to { $parts }.
stats-problem-jump = { $key } for { $period } is { $value }; the published figure is { $previous } ({ $factor } times different).
stats-problem-more-of-the-same = { $more } more findings like the ones above are not listed. Correct those and send the file again.
stats-problem-not-a-questionnaire = This workbook is not an lmip questionnaire: it has no sheet { $sheet } with a table. Make the questionnaire with the template and fill that in.
stats-problem-archive-bomb = This workbook unpacks to far more data than a questionnaire can hold. It was refused for safety.
stats-template-instructions = How to fill in this questionnaire
stats-template-step-for = This questionnaire is for the table { $flow }, for { $country }, for the year { $year }. Do not change the values at the top of the table sheet or its headings.
stats-template-step-rows = Write one row per country: choose the country in the first column from the list.
stats-template-step-numbers = Write numbers of persons only, without spaces or thousands separators. Leave a cell empty when you do not know the value.
stats-template-step-totals = The total must equal the sum of its parts (men and women).
stats-template-step-send = Send the file from the back office, under Statistics submissions. You get a report that shows each problem and where it is.
stats-template-flow = Table
stats-template-frequency = Frequency
stats-template-country = Country
stats-template-year = Year
stats-template-unit = Unit
stats-template-partner = Partner country
stats-template-value = Value
stats-template-note = Note

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Migrant workers living abroad (stock)
stats-flow-mig-outflow = Nationals leaving for work abroad
stats-flow-mig-inflow = Migrant workers arriving
stats-flow-mig-return = Migrant workers returning home
stats-flow-remit = Remittances
stats-flow-complaints = Complaints by migrant workers
stats-unit-persons = persons
stats-unit-thousand-persons = thousands of persons
stats-unit-usd = US dollars
stats-unit-million-usd = millions of US dollars
stats-profile-abroad = Its people living abroad, by country
stats-profile-migrants = Migrants living here, by country of origin
stats-profile-departures = Leaving for work abroad, by destination
stats-profile-remittances = Remittances received, by sending country
stats-explorer-title = Statistics
stats-explorer-intro = Official figures on migrant workers. Choose what to see and press Show. You can download the figures or share the link.
stats-area = Country
stats-partner = Partner country
stats-all-partners = All partner countries
stats-breakdown = Group
stats-from = From year
stats-to = To year
stats-show = Show
stats-no-figures = No figures for this choice yet.
stats-unit = Unit
stats-sources = Sources
stats-download-csv = Download these figures (CSV)
stats-download-xlsx = Download these figures (Excel)
stats-permalink = Link to this view
stats-sdmx-query = The same data for statistics software (SDMX)
stats-country-profile = Country profile
stats-total = Total
stats-explore-more = See all the figures
stats-template-title = The questionnaire
stats-template-intro = Download the Excel questionnaire for a table and a year, fill it in, and send it back with the form above.
stats-template-download = Download the questionnaire (Excel)
stats-country-code = Country (two-letter code, like KH)
stats-error-country = Give the two-letter code of the country the figures are for, like KH or TH.
