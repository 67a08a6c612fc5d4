# lmip: អត្ថបទផ្ទៃប្រើប្រាស់ជាភាសាខ្មែរ

site-name = lmip
site-tagline = វិបផតថលព័ត៌មានអំពីចំណាកស្រុកពលកម្ម
skip-to-content = រំលងទៅខ្លឹមសារសំខាន់
language-label = ភាសា
language-choose = ជ្រើសរើសភាសារបស់អ្នក

## Navigation
nav-label = ម៉ឺនុយមេ
nav-home = ទំព័រដើម
nav-corridors = ប្រទេស និងផ្លូវ
nav-agencies = ពិនិត្យភ្នាក់ងារ
nav-jobs = ការងារ
nav-help = ស្វែងរកជំនួយ
nav-complaints = ពាក្យបណ្តឹង
nav-statistics = ស្ថិតិ

## Home page
home-title = ទៅធ្វើការនៅបរទេសដោយសុវត្ថិភាព
home-intro = ព័ត៌មានឥតគិតថ្លៃ ដែលបានពិនិត្យរួច សម្រាប់អ្នកទៅធ្វើការនៅបរទេស ក្រុមគ្រួសារ និងនិយោជក។
home-sections = តើអ្នកត្រូវការអ្វី?
home-corridors-desc = ជំហាន ឯកសារ និងថ្លៃចំណាយស្របច្បាប់ ដើម្បីទៅពីប្រទេសរបស់អ្នកទៅប្រទេសមួយទៀត។
home-agencies-desc = តើភ្នាក់ងារជ្រើសរើសការងារមានអាជ្ញាប័ណ្ណទេ? តើវាមានសុវត្ថិភាពទេ?
home-jobs-desc = ការផ្តល់ការងារ និងកម្មវិធីរបស់រដ្ឋាភិបាល ដែលបានពិនិត្យរួច។
home-help-desc = ខ្សែទូរស័ព្ទជំនួយ ស្ថានទូត សហជីព និងមជ្ឈមណ្ឌលដែលជួយពលករ។
home-complaints-desc = រាយការណ៍បញ្ហា ហើយតាមដានករណីរបស់អ្នក ទោះឆ្លងព្រំដែនក៏ដោយ។
home-statistics-desc = តួលេខផ្លូវការនៃពលករចំណាកស្រុក តាមប្រទេស និងភេទ។
home-trust = ទំព័រនីមួយៗបង្ហាញប្រភពព័ត៌មាន និងកាលបរិច្ឆេទដែលបានពិនិត្យចុងក្រោយ។
home-urgent = កំពុងមានគ្រោះថ្នាក់ឥឡូវនេះឬ? សូមទូរស័ព្ទទៅប៉ូលិស ឬខ្សែទូរស័ព្ទជំនួយ នៅប្រទេសដែលអ្នកកំពុងស្នាក់នៅ។

## Sections that are not ready yet
section-building = ផ្នែកនេះនៃវិបផតថលកំពុងរៀបចំ។ សូមត្រឡប់មកវិញឆាប់ៗ។

## Sample data
sample-banner = ទិន្នន័យគំរូ៖ វិបផតថលនេះបង្ហាញព័ត៌មានគំរូសម្រាប់ការសាកល្បង។ កុំពឹងផ្អែកលើវា។

## Footer
footer-about = lmip គឺជាកម្មវិធីកូដបើកចំហឥតគិតថ្លៃ ដំណើរការដោយក្រសួងការងារ ស្ថាប័នថ្នាក់តំបន់ និងអង្គការមិនមែនរដ្ឋាភិបាល។
footer-privacy = យើងប្រមូលទិន្នន័យផ្ទាល់ខ្លួនតិចបំផុតតាមដែលអាចធ្វើបាន។

## Errors
error-not-found-title = រកមិនឃើញទំព័រ
error-not-found-body = យើងរកមិនឃើញទំព័រនេះទេ។ វាប្រហែលជាបានផ្លាស់ទី ឬអាសយដ្ឋានមិនត្រឹមត្រូវ។
error-server-title = មានបញ្ហាកើតឡើង
error-server-body = នេះជាកំហុសរបស់យើង មិនមែនរបស់អ្នកទេ។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀត។
error-unavailable-title = មិនអាចប្រើបាននៅពេលនេះ
error-unavailable-body = វិបផតថលមិនអាចឆ្លើយតបបាននៅពេលនេះទេ។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀត។
error-bad-request-title = យើងមិនយល់សំណើនេះទេ
error-bad-request-body = សូមពិនិត្យអាសយដ្ឋាន ឬទម្រង់បែបបទ ហើយព្យាយាមម្តងទៀត។
error-go-home = ទៅទំព័រដើម
error-reference = លេខយោង៖ { $id }
untranslated-note = មិនទាន់បានបកប្រែជាភាសារបស់អ្នកនៅឡើយទេ

## Accounts and back office
account-sign-in-title = ចូលគណនី
account-sign-in-intro = សម្រាប់បុគ្គលិកក្រសួង សហជីព អង្គការមិនមែនរដ្ឋាភិបាល និងអង្គការផ្សេងទៀតដែលថែរក្សាវិបផតថលនេះ។
account-email = អាសយដ្ឋានអ៊ីមែល
account-password = ពាក្យសម្ងាត់
account-sign-in = ចូលគណនី
account-set-password-title = ជ្រើសរើសពាក្យសម្ងាត់របស់អ្នក
account-set-password-rules = ប្រើយ៉ាងហោចណាស់ 12 តួអក្សរ។ ពាក្យច្រើនដែលមិនទាក់ទងគ្នា ធ្វើឱ្យពាក្យសម្ងាត់រឹងមាំ និងងាយចងចាំ។
account-password-repeat = ពាក្យសម្ងាត់ដដែលម្តងទៀត
account-save-password = រក្សាទុកពាក្យសម្ងាត់
account-password-saved = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានរក្សាទុក។ ឥឡូវអ្នកអាចចូលគណនីបាន។
account-sign-out = ចាកចេញ
account-sessions-title = កន្លែងដែលអ្នកបានចូលគណនី
account-sessions-device = កម្មវិធីរុករក
account-sessions-started = បានចូលនៅ
account-sessions-last-seen = សកម្មចុងក្រោយ
account-sessions-current = កម្មវិធីរុករកនេះ
account-sign-out-everywhere = ចាកចេញពីគ្រប់កន្លែង
account-error-too-short = ពាក្យសម្ងាត់ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ 12 តួអក្សរ។
account-error-too-long = ពាក្យសម្ងាត់វែងពេក៖ សូមប្រើមិនលើសពី 128 តួអក្សរ។
account-error-common = ពាក្យសម្ងាត់នេះជាពាក្យដែលគេប្រើច្រើនបំផុត ដែលអ្នកវាយប្រហារសាកល្បងមុនគេ។ សូមជ្រើសរើសពាក្យផ្សេង។
account-error-differ = ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។
account-error-throttled = ព្យាយាមច្រើនដងពេក។ សូមរង់ចាំ { $minutes } នាទី ហើយព្យាយាមម្តងទៀត។
account-error-credentials = អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។
office-title = ផ្នែកការិយាល័យ
office-signed-in-as = បានចូលក្នុងនាម { $email }
office-roles = អង្គការ និងតួនាទីរបស់អ្នក
office-no-roles = អ្នកមិនទាន់មានតួនាទីក្នុងអង្គការណាមួយនៅឡើយទេ។ សូមសួរអ្នកគ្រប់គ្រង។
office-queues = បញ្ជីការងាររបស់អ្នក (ខ្លឹមសារត្រូវពិនិត្យ ទិន្នន័យស្ថិតិដែលបានដាក់ស្នើ និងករណី) នឹងបង្ហាញនៅទីនេះ។
error-forbidden-title = មិនអាចផ្ញើទម្រង់បែបបទនេះបានទេ
error-forbidden-body = ទម្រង់បែបបទផុតកំណត់ ឬមិនបានមកពីគេហទំព័រនេះទេ។ សូមត្រឡប់ក្រោយ ផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្តងទៀត។
audit-title = កំណត់ហេតុសវនកម្ម
audit-intro = រាល់ការផ្លាស់ប្តូរ និងការចូលគណនី តាមលំដាប់ ភ្ជាប់គ្នាដើម្បីឱ្យឃើញការកែប្រែខុសច្បាប់។ ពិនិត្យខ្សែសង្វាក់ដោយ៖ lmip audit verify
audit-action = សកម្មភាពចាប់ផ្តើមដោយ
audit-entity = ប្រភេទកំណត់ត្រា
audit-filter = ត្រង
audit-when = ពេលវេលា (UTC)
audit-who = អ្នកណា
audit-what = អ្វី
audit-details = ព័ត៌មានលម្អិត
audit-older = ធាតុចាស់ៗ
account-error-link = មិនអាចប្រើតំណនេះបានទេ៖ វាប្រហែលជាផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។ សូមសុំតំណថ្មីតាម "ភ្លេចពាក្យសម្ងាត់?" នៅទំព័រចូលគណនី ឬសុំពីអ្នកគ្រប់គ្រង។
account-forgot-link = ភ្លេចពាក្យសម្ងាត់?
account-forgot-title = ជ្រើសពាក្យសម្ងាត់ថ្មី
account-forgot-intro = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលនៃគណនីរបស់អ្នក។ យើងនឹងផ្ញើតំណមួយដើម្បីជ្រើសពាក្យសម្ងាត់ថ្មី។ តំណនេះប្រើបាន 30 នាទី។
account-forgot-send = ផ្ញើតំណ
account-forgot-sent = ប្រសិនបើអាសយដ្ឋាននេះមានគណនី តំណកំពុងផ្ញើទៅ។ សូមពិនិត្យអ៊ីមែល រួមទាំងថតសារឥតបានការ។ តំណនេះប្រើបាន 30 នាទី។
account-error-email = នេះមិនមែនជាអាសយដ្ឋានអ៊ីមែលទេ។ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។
account-code-title = បញ្ចូលលេខកូដ
account-code-intro = បើកកម្មវិធីផ្ទៀងផ្ទាត់នៅលើទូរស័ព្ទរបស់អ្នក ហើយបញ្ចូលលេខកូដ 6 ខ្ទង់ដែលវាបង្ហាញសម្រាប់វិបផតថលនេះ។
account-code = លេខកូដ 6 ខ្ទង់
account-error-code = លេខកូដនេះមិនត្រឹមត្រូវ ឬត្រូវបានប្រើរួចហើយ។ សូមរង់ចាំលេខកូដបន្ទាប់ ហើយបញ្ចូលវា។
account-error-sign-in-expired = ការចូលគណនីយូរពេក។ សូមចាប់ផ្តើមម្តងទៀតជាមួយពាក្យសម្ងាត់របស់អ្នក។
account-confirm-title = បញ្ចូលពាក្យសម្ងាត់ម្តងទៀត
account-confirm-intro = សម្រាប់ការផ្លាស់ប្តូរនេះ សូមបញ្ចូលពាក្យសម្ងាត់ម្តងទៀត។ យើងសួរនៅពេលអ្នកបានចូលគណនីលើសពី 15 នាទីមុន។
account-confirm = បន្ត
account-two-factor-title = ការផ្ទៀងផ្ទាត់ជំហានទីពីរ
account-two-factor-intro = ការផ្ទៀងផ្ទាត់ជំហានទីពីរការពារគណនីរបស់អ្នក ទោះបីមាននរណាម្នាក់ដឹងពាក្យសម្ងាត់របស់អ្នកក៏ដោយ។ ដំឡើងកម្មវិធីផ្ទៀងផ្ទាត់នៅលើទូរស័ព្ទ ស្កេនកូដនេះ រួចបញ្ចូលលេខកូដ 6 ខ្ទង់ដែលកម្មវិធីបង្ហាញ។
account-two-factor-secret = ប្រសិនបើមិនអាចស្កេនបាន សូមវាយសោនេះចូលក្នុងកម្មវិធី៖
account-two-factor-turn-on = បើក
account-two-factor-turn-off = បិទ
account-two-factor-is-on = គណនីរបស់អ្នកកំពុងប្រើការផ្ទៀងផ្ទាត់ជំហានទីពីរ។ ដើម្បីបិទវា សូមបញ្ចូលលេខកូដពីកម្មវិធី។
account-two-factor-on = ការផ្ទៀងផ្ទាត់ជំហានទីពីរត្រូវបានបើក។ ចាប់ពីពេលនេះ អ្នកនឹងបញ្ចូលលេខកូដនៅពេលចូលគណនី។
account-two-factor-off = ការផ្ទៀងផ្ទាត់ជំហានទីពីរត្រូវបានបិទ។
account-two-factor-required = អង្គការរបស់អ្នកតម្រូវឱ្យប្រើការផ្ទៀងផ្ទាត់ជំហានទីពីរ។ សូមរៀបចំវាឥឡូវនេះ ដើម្បីបន្ត។
account-error-second-factor-mandatory = អង្គការរបស់អ្នកតម្រូវឱ្យប្រើការផ្ទៀងផ្ទាត់ជំហានទីពីរ ដូច្នេះមិនអាចបិទបានទេ។
role-admin = អ្នកគ្រប់គ្រង
role-editor = អ្នកកែសម្រួល
role-reviewer = អ្នកពិនិត្យ
role-stats-focal-point = មន្ត្រីបង្គោលស្ថិតិ
role-stats-approver = អ្នកអនុម័តស្ថិតិ
role-caseworker = មន្ត្រីដោះស្រាយករណី
role-case-supervisor = អ្នកត្រួតពិនិត្យករណី
role-agency-rep = តំណាងទីភ្នាក់ងារជ្រើសរើសពលករ
role-unknown = តួនាទីមិនស្គាល់
org-kind-ministry = ក្រសួង
org-kind-overseas-employment-agency = ស្ថាប័នការងារនៅបរទេស
org-kind-embassy = ស្ថានទូត ឬទីប្រឹក្សាការងារ
org-kind-statistics-office = វិទ្យាស្ថានស្ថិតិ
org-kind-trade-union = សហជីព
org-kind-ngo = អង្គការមិនមែនរដ្ឋាភិបាល
org-kind-resource-centre = មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក
org-kind-recruitment-agency = ទីភ្នាក់ងារជ្រើសរើសពលករ
org-kind-employer = និយោជក
org-kind-regional-body = ស្ថាប័នថ្នាក់តំបន់
org-kind-operator = អ្នកដំណើរការវិបផតថល
office-error-last-admin = នេះជាអ្នកគ្រប់គ្រងចុងក្រោយរបស់អង្គការ។ សូមតែងតាំងអ្នកផ្សេងជាអ្នកគ្រប់គ្រងជាមុនសិន។
office-error-not-member = បុគ្គលនេះមិនមែនជាសមាជិករបស់អង្គការទេ។ សូមអញ្ជើញពួកគេជំនួសវិញ។
office-error-name = សូមដាក់ឈ្មោះពី 1 ដល់ 200 តួអក្សរ។
office-error-token-roles = សូមជ្រើសយ៉ាងហោចណាស់តួនាទីមួយ។ ថូខឹនមិនអាចជាអ្នកគ្រប់គ្រងបានទេ។
office-error-token-name = សូមដាក់ឈ្មោះថូខឹនពី 1 ដល់ 100 តួអក្សរ ដែលប្រាប់ថាកម្មវិធីណាប្រើវា។
office-error-slug = ឈ្មោះខ្លីអាចមានតែអក្សរតូច a-z លេខ និងសញ្ញាដក ពី 2 ដល់ 40 តួ ឧទាហរណ៍ dol-thailand។
office-error-country = សូមប្រើលេខកូដប្រទេសពីរអក្សរ ឧទាហរណ៍ TH ឬ KH ឬទុកចោលទទេ។
office-error-choice = ជម្រើសមួយមិនត្រឹមត្រូវ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្តងទៀត។
office-error-taken = ឈ្មោះខ្លីនេះត្រូវបានប្រើរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។
office-organisations-title = អង្គការ
office-new-organisation = បន្ថែមអង្គការ
office-org-name = ឈ្មោះពេញ
office-org-slug = ឈ្មោះខ្លី (សម្រាប់អាសយដ្ឋានគេហទំព័រ)
office-org-kind = ប្រភេទ
office-org-country = លេខកូដប្រទេស (មិនចាំបាច់)
office-create = បន្ថែម
office-members = សមាជិក
office-member-roles = តួនាទី
office-status-invited = បានអញ្ជើញ
office-withdraw = ដកចេញ
office-grant = បន្ថែមតួនាទី
office-invite = អញ្ជើញនរណាម្នាក់
office-invite-intro = យើងនឹងផ្ញើអ៊ីមែលមានតំណដើម្បីចូលរួម។ ប្រសិនបើពួកគេមិនទាន់មានគណនី តំណនោះអនុញ្ញាតឱ្យជ្រើសពាក្យសម្ងាត់ ហើយប្រើបាន 7 ថ្ងៃ។
office-role = តួនាទី
office-invite-send = ផ្ញើការអញ្ជើញ
office-second-factor-required = សមាជិកត្រូវតែប្រើការផ្ទៀងផ្ទាត់ជំហានទីពីរ។
office-second-factor-optional-now = ការផ្ទៀងផ្ទាត់ជំហានទីពីរជាជម្រើសសម្រាប់សមាជិក។
office-second-factor-require = តម្រូវការផ្ទៀងផ្ទាត់ជំហានទីពីរ
office-second-factor-optional = ធ្វើឱ្យជាជម្រើស
office-tokens = ថូខឹន API
office-tokens-intro = ថូខឹនអនុញ្ញាតឱ្យកម្មវិធី ដូចជាស្គ្រីបផ្ទុកស្ថិតិឡើង ប្រើវិបផតថលក្នុងនាមអង្គការនេះ។ ថូខឹននីមួយៗមានតែតួនាទីដែលអ្នកជ្រើស។
office-token-name = ប្រើដោយ
office-token-last-used = ប្រើចុងក្រោយ
office-token-revoked = បានដកហូត
office-token-revoke = ដកហូត
office-token-create = បង្កើតថូខឹន
office-token-once = សូមចម្លងថូខឹននេះឥឡូវ ហើយរក្សាទុកឱ្យមានសុវត្ថិភាព។ វានឹងមិនបង្ហាញម្តងទៀតទេ។
office-token-made = ថូខឹនត្រូវបានបង្កើត។
office-invited = ការអញ្ជើញត្រូវបានផ្ញើ។
office-saved = បានរក្សាទុក។
office-administer = អង្គការដែលអ្នកគ្រប់គ្រង
office-your-account = គណនីរបស់អ្នក
mail-reset-subject = ជ្រើសពាក្យសម្ងាត់ថ្មី
mail-reset-body =
    មាននរណាម្នាក់បានស្នើសុំជ្រើសពាក្យសម្ងាត់ថ្មីសម្រាប់គណនីរបស់អ្នកនៅលើវិបផតថលនេះ។
    ប្រសិនបើជាអ្នក សូមបើកតំណនេះក្នុងរយៈពេល { $minutes } នាទី៖
    
    { $link }
    
    ប្រសិនបើមិនមែនជាអ្នកទេ អ្នកអាចមិនអើពើសារនេះ។ ពាក្យសម្ងាត់របស់អ្នកមិនបានផ្លាស់ប្តូរទេ។
mail-invite-subject = អ្នកត្រូវបានអញ្ជើញឱ្យចូលរួម { $org }
mail-invite-body =
    អ្នកត្រូវបានអញ្ជើញឱ្យចូលរួម { $org } នៅលើវិបផតថលចំណាកស្រុកការងារ ក្នុងតួនាទីជា { $role }។
    សូមបើកតំណនេះដើម្បីជ្រើសពាក្យសម្ងាត់។ វាប្រើបានរហូតដល់ { $expires }៖
    
    { $link }
    
    ប្រសិនបើអ្នកមិនបានរំពឹងសារនេះទេ អ្នកអាចមិនអើពើវា។
mail-role-added-subject = អ្នកមានតួនាទីថ្មីក្នុង { $org }
mail-role-added-body =
    ឥឡូវនេះអ្នកមានតួនាទី { $role } ក្នុង { $org } នៅលើវិបផតថលចំណាកស្រុកការងារ។
    ចូលគណនីនៅទីនេះ៖
    
    { $link }

# Statistics submissions (back office).
office-statistics = ការផ្ញើទិន្នន័យស្ថិតិ
stats-submissions-title = ការផ្ញើទិន្នន័យស្ថិតិ
stats-upload-for = ផ្ញើទិន្នន័យស្ថិតិសម្រាប់ { $org }
stats-upload-intro = ជ្រើសរើសតារាង និងឆ្នាំ បន្ទាប់មកឯកសារ៖ កម្រងសំណួរ XLSX, CSV (ទម្រង់ SDMX-CSV ឬ ILOSTAT) ឬ SDMX-ML។ យើងពិនិត្យវា ហើយបង្ហាញរបាយការណ៍។ គ្មានអ្វីត្រូវបានផ្សព្វផ្សាយទេ រហូតដល់អ្នកអនុម័តទទួលយក។
stats-flow = តារាង
stats-period = ឆ្នាំ
stats-period-help = មួយឆ្នាំ ដូចជា 2024 ឬចន្លោះឆ្នាំ ដូចជា 2020-2024។
stats-encoding = ការអ៊ិនកូដអត្ថបទ
stats-encoding-auto = រកឃើញដោយស្វ័យប្រវត្តិ
stats-file = ឯកសារ
stats-upload = ផ្ញើ និងពិនិត្យ
stats-recent = ការផ្ញើចុងក្រោយ
stats-none = មិនទាន់មានការផ្ញើទេ។
stats-submitted-at = បានផ្ញើ
stats-organisation = អង្គភាព
stats-status = ស្ថានភាព
stats-format = ប្រភេទឯកសារ
stats-counts = ចំនួន
stats-observations = តម្លៃ { $n }
stats-errors = កំហុស { $n }
stats-warnings = ការព្រមាន { $n }
stats-report = របាយការណ៍ពិនិត្យ
stats-report-clean = រកមិនឃើញបញ្ហាទេ។
stats-severity = ប្រភេទ
stats-where = នៅកន្លែងណា
stats-what = អ្វី
stats-error = កំហុស
stats-warning = ការព្រមាន
stats-sheet = សន្លឹក
stats-row = ជួរដេក
stats-column = ជួរឈរ
stats-preview = តម្លៃដំបូងៗ
stats-series = ស៊េរី
stats-value = តម្លៃ
stats-decide = ការសម្រេចចិត្ត
stats-accept-warnings = ខ្ញុំបានអានការព្រមាន ហើយទទួលយក។
stats-publish = ផ្សព្វផ្សាយ
stats-reject-reason = មូលហេតុសម្រាប់អ្នកផ្ញើ (មិនចាំបាច់)
stats-reject = ប្រគល់ត្រឡប់
stats-status-waiting = កំពុងរង់ចាំអ្នកអនុម័ត
stats-status-errors = មានកំហុស៖ សូមផ្ញើឯកសារដែលបានកែ
stats-status-released = បានផ្សព្វផ្សាយ
stats-status-rejected = បានប្រគល់ត្រឡប់
stats-done-released = បានផ្សព្វផ្សាយជាការចេញផ្សាយថ្មី។
stats-done-rejected = បានប្រគល់ត្រឡប់ទៅអ្នកផ្ញើវិញ។
stats-error-flow = ជ្រើសរើសតារាងពីបញ្ជី។
stats-error-period = ដាក់មួយឆ្នាំ ដូចជា 2024 ឬចន្លោះឆ្នាំ ដូចជា 2020-2024។
stats-error-encoding = ជ្រើសរើសការអ៊ិនកូដអត្ថបទពីបញ្ជី។
stats-error-decided = មាននរណាម្នាក់បានសម្រេចលើការផ្ញើនេះរួចហើយ។
stats-error-has-errors = ឯកសារនេះមានកំហុស។ មិនអាចផ្សព្វផ្សាយបានទេ។ សូមប្រគល់ត្រឡប់។
stats-error-accept-warnings = ឯកសារនេះមានការព្រមាន។ សូមធីកប្រអប់ដើម្បីទទួលយកមុនពេលផ្សព្វផ្សាយ។
stats-error-own = អ្នកបានផ្ញើឯកសារនេះដោយខ្លួនឯង។ អ្នកអនុម័តម្នាក់ទៀតត្រូវសម្រេច។
stats-error-no-file = ជ្រើសរើសឯកសារដើម្បីផ្ញើ។
stats-problem-too-large = ឯកសារធំជាង { $limit } MB។ សូមបំបែកជាឯកសារតូចៗ។
stats-problem-too-many-rows = ឯកសារមានជួរដេកច្រើនជាង { $limit }។ សូមបំបែកជាឯកសារតូចៗ។
stats-problem-too-many-columns = ឯកសារមានជួរឈរច្រើនជាង { $limit }។
stats-problem-field-too-long = ក្រឡានេះវែងជាង { $limit } តួអក្សរ។
stats-problem-unreadable = មិនអាចអានឯកសារបាន៖ { $reason }
stats-problem-bad-encoding = អត្ថបទនៅទីនេះមិនមែនជា { $encoding } ទេ។ សូមជ្រើសរើសការអ៊ិនកូដរបស់ឯកសារ (ភាសាថៃជាទូទៅ Windows-874 ភាសាវៀតណាម Windows-1258) ហើយផ្ញើម្តងទៀត។
stats-problem-unsupported-format = មិនអាចអានឯកសារនេះនៅទីនេះបានទេ ({ $format })។ សូមរក្សាទុកតារាងជា CSV UTF-8 ហើយផ្ញើឯកសារនោះ។
stats-problem-unknown-layout = ចំណងជើងជួរឈរ ({ $columns }) មិនមែនជាទម្រង់ SDMX-CSV ឬ ILOSTAT ទេ។
stats-problem-missing-column = ខ្វះជួរឈរ { $column }។
stats-problem-unknown-column = ជួរឈរ { $column } មិនមែនជាផ្នែកនៃតារាងនេះទេ។ សូមលុបវាចេញ។
stats-problem-repeated-column = ជួរឈរ { $column } មានពីរដង។
stats-problem-ragged-row = ជួរដេកនេះមាន { $found } ក្រឡា ប៉ុន្តែចំណងជើងមាន { $expected }។
stats-problem-unbalanced-quote = សញ្ញាសម្រង់បើកនៅទីនេះ ហើយមិនដែលបិទ។
stats-problem-wrong-flow = ឯកសារនេះសម្រាប់ { $found } មិនមែនសម្រាប់ { $expected } ទេ។
stats-problem-unsupported-action = មិនអាចប្រើសកម្មភាព { $action } នៅទីនេះបានទេ។ សូមប្រើ I (បន្ថែម) ឬ R (ជំនួស)។
stats-problem-xml-doctype = XML មានការប្រកាសប្រភេទឯកសារ។ ដើម្បីសុវត្ថិភាព ឯកសារបែបនេះត្រូវបានបដិសេធ។
stats-problem-xml-namespace = XML មិនមែនជា SDMX-ML 2.1 ទេ (namespace របស់វាគឺ { $found })។
stats-problem-xml-malformed = XML ខូចនៅទីនេះ៖ { $reason }
stats-problem-not-sdmx-data = XML នេះជាសារ { $root } មិនមែនជាទិន្នន័យ SDMX ទេ។
stats-problem-no-data = ឯកសារគ្មានតម្លៃទេ។
stats-problem-unknown-code = { $code } មិនមែនជាកូដរបស់ { $component } ទេ។
stats-problem-duplicate-key = { $key } សម្រាប់ { $period } មាននៅជួរដេក { $first_row } រួចហើយ។
stats-problem-not-a-number = { $value } មិនមែនជាលេខទេ។
stats-problem-negative = { $value } ជាលេខអវិជ្ជមាន។ ចំនួនមិនអាចតិចជាងសូន្យបានទេ។
stats-problem-missing-value = តម្លៃទទេ។ សូមដាក់លេខ ឬស្ថានភាពនៃការសង្កេតដែលប្រាប់ពីមូលហេតុដែលវាខ្វះ។
stats-problem-bad-period = { $value } មិនមែនជារយៈពេលនៃប្រេកង់ { $frequency } ទេ (ឆ្នាំត្រូវសរសេរដូចជា 2024)។
stats-problem-period-out-of-range = { $value } នៅក្រៅឆ្នាំនៃការផ្ញើនេះ ({ $first } ដល់ { $last })។
stats-problem-missing-attribute = { $attribute } ត្រូវតែមាន ប៉ុន្តែគ្មានតម្លៃ។
stats-problem-conflicting-attribute = { $attribute } គឺ { $first } នៅជួរដេកមុននៃស៊េរីនេះ ហើយ { $found } នៅទីនេះ។
stats-problem-total-mismatch = សរុបនៃ { $key } សម្រាប់ { $period } គឺ { $total } ប៉ុន្តែផ្នែករបស់វាបូកបានត្រឹម { $parts }។
stats-problem-jump = { $key } សម្រាប់ { $period } គឺ { $value }; តួលេខដែលបានផ្សព្វផ្សាយគឺ { $previous } (ខុសគ្នា { $factor } ដង)។
stats-problem-more-of-the-same = នៅមាន { $more } ទៀតដូចខាងលើដែលមិនបានរាយ។ សូមកែវាហើយផ្ញើឯកសារម្តងទៀត។
stats-problem-not-a-questionnaire = សៀវភៅបញ្ជីនេះមិនមែនជាកម្រងសំណួររបស់ lmip ទេ៖ គ្មានសន្លឹក { $sheet } ដែលមានតារាង។ សូមបង្កើតកម្រងសំណួរពីគំរូ ហើយបំពេញវា។
stats-problem-archive-bomb = សៀវភៅបញ្ជីនេះពន្លាចេញជាទិន្នន័យច្រើនហួសពីអ្វីដែលកម្រងសំណួរអាចមាន។ វាត្រូវបានបដិសេធដើម្បីសុវត្ថិភាព។
stats-template-instructions = របៀបបំពេញកម្រងសំណួរនេះ
stats-template-step-for = កម្រងសំណួរនេះសម្រាប់តារាង { $flow } សម្រាប់ { $country } ឆ្នាំ { $year }។ កុំផ្លាស់ប្តូរតម្លៃនៅខាងលើសន្លឹកតារាង ឬចំណងជើងជួរឈរ។
stats-template-step-rows = សរសេរមួយជួរដេកសម្រាប់ប្រទេសនីមួយៗ៖ ជ្រើសរើសប្រទេសនៅជួរឈរទីមួយពីបញ្ជី។
stats-template-step-numbers = សរសេរតែចំនួនមនុស្ស គ្មានដកឃ្លា ឬសញ្ញាបំបែកខ្ទង់ពាន់។ ទុកក្រឡាទទេ ពេលអ្នកមិនដឹងតម្លៃ។
stats-template-step-totals = សរុបត្រូវតែស្មើនឹងផលបូកនៃផ្នែករបស់វា (ប្រុស និងស្រី)។
stats-template-step-send = ផ្ញើឯកសារពីការិយាល័យខាងក្រោយ នៅក្នុងការផ្ញើទិន្នន័យស្ថិតិ។ អ្នកនឹងទទួលបានរបាយការណ៍ដែលបង្ហាញបញ្ហានីមួយៗ និងទីតាំងរបស់វា។
stats-template-flow = តារាង
stats-template-frequency = ប្រេកង់
stats-template-country = ប្រទេស
stats-template-year = ឆ្នាំ
stats-template-unit = ឯកតា
stats-template-partner = ប្រទេសដៃគូ
stats-template-value = តម្លៃ
stats-template-note = កំណត់សម្គាល់

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = ពលករចំណាកស្រុកដែលរស់នៅបរទេស (ចំនួនសរុប)
stats-flow-mig-outflow = ពលរដ្ឋដែលចេញទៅធ្វើការនៅបរទេស
stats-flow-mig-inflow = ពលករចំណាកស្រុកដែលមកដល់
stats-flow-mig-return = ពលករចំណាកស្រុកដែលត្រឡប់មកផ្ទះ
stats-flow-remit = ប្រាក់ផ្ញើត្រឡប់
stats-flow-complaints = បណ្តឹងរបស់ពលករចំណាកស្រុក
stats-unit-persons = នាក់
stats-unit-thousand-persons = ពាន់នាក់
stats-unit-usd = ដុល្លារអាមេរិក
stats-unit-million-usd = លានដុល្លារអាមេរិក
stats-profile-abroad = ប្រជាជនរបស់ប្រទេសនេះដែលរស់នៅបរទេស តាមប្រទេស
stats-profile-migrants = ជនចំណាកស្រុកដែលរស់នៅទីនេះ តាមប្រទេសដើម
stats-profile-departures = ចេញទៅធ្វើការនៅបរទេស តាមគោលដៅ
stats-profile-remittances = ប្រាក់ផ្ញើដែលទទួលបាន តាមប្រទេសផ្ញើ
stats-explorer-title = ស្ថិតិ
stats-explorer-intro = តួលេខផ្លូវការអំពីពលករចំណាកស្រុក។ ជ្រើសរើសអ្វីដែលចង់មើល ហើយចុចបង្ហាញ។ អ្នកអាចទាញយកតួលេខ ឬចែករំលែកតំណ។
stats-area = ប្រទេស
stats-partner = ប្រទេសដៃគូ
stats-all-partners = ប្រទេសដៃគូទាំងអស់
stats-breakdown = ក្រុម
stats-from = ពីឆ្នាំ
stats-to = ដល់ឆ្នាំ
stats-show = បង្ហាញ
stats-no-figures = មិនទាន់មានតួលេខសម្រាប់ជម្រើសនេះទេ។
stats-unit = ឯកតា
stats-sources = ប្រភព
stats-download-csv = ទាញយកតួលេខទាំងនេះ (CSV)
stats-download-xlsx = ទាញយកតួលេខទាំងនេះ (Excel)
stats-permalink = តំណទៅទិដ្ឋភាពនេះ
stats-sdmx-query = ទិន្នន័យដូចគ្នាសម្រាប់កម្មវិធីស្ថិតិ (SDMX)
stats-country-profile = ប្រវត្តិរូបប្រទេស
stats-total = សរុប
stats-explore-more = មើលតួលេខទាំងអស់
stats-template-title = កម្រងសំណួរ
stats-template-intro = ទាញយកកម្រងសំណួរ Excel សម្រាប់តារាង និងឆ្នាំមួយ បំពេញវា ហើយផ្ញើវាត្រឡប់មកវិញតាមទម្រង់ខាងលើ។
stats-template-download = ទាញយកកម្រងសំណួរ (Excel)
stats-country-code = ប្រទេស (កូដពីរអក្សរ ដូចជា KH)
stats-error-country = ដាក់កូដពីរអក្សររបស់ប្រទេសដែលតួលេខនេះជារបស់ ដូចជា KH ឬ TH។
