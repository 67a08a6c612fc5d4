# lmip: မြန်မာဘာသာ အသုံးပြုသူမျက်နှာပြင် စာသားများ

site-name = lmip
site-tagline = ရွှေ့ပြောင်းအလုပ်သမား သတင်းအချက်အလက် ပေါ်တယ်
skip-to-content = အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်
language-label = ဘာသာစကား
language-choose = သင့်ဘာသာစကားကို ရွေးပါ

## Navigation
nav-label = ပင်မမီနူး
nav-home = ပင်မစာမျက်နှာ
nav-corridors = နိုင်ငံများနှင့် လမ်းကြောင်းများ
nav-agencies = အေဂျင်စီကို စစ်ဆေးရန်
nav-jobs = အလုပ်များ
nav-help = အကူအညီရယူရန်
nav-complaints = တိုင်ကြားချက်များ
nav-statistics = စာရင်းဇယားများ

## Home page
home-title = နိုင်ငံခြားတွင် ဘေးကင်းစွာ အလုပ်လုပ်ပါ
home-intro = နိုင်ငံခြားသို့ အလုပ်သွားလုပ်သူများ၊ ၎င်းတို့၏ မိသားစုများနှင့် အလုပ်ရှင်များအတွက် စစ်ဆေးပြီးသော အခမဲ့ သတင်းအချက်အလက်။
home-sections = သင် ဘာလိုအပ်ပါသလဲ။
home-corridors-desc = သင့်နိုင်ငံမှ အခြားနိုင်ငံသို့ သွားရန် အဆင့်များ၊ စာရွက်စာတမ်းများနှင့် တရားဝင်ကုန်ကျစရိတ်များ။
home-agencies-desc = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီတွင် လိုင်စင်ရှိပါသလား။ ဘေးကင်းပါသလား။
home-jobs-desc = စစ်ဆေးပြီးသော အလုပ်ကမ်းလှမ်းချက်များနှင့် အစိုးရအစီအစဉ်များ။
home-help-desc = အလုပ်သမားများကို ကူညီပေးသော အရေးပေါ်ဖုန်းလိုင်းများ၊ သံရုံးများ၊ သမဂ္ဂများနှင့် စင်တာများ။
home-complaints-desc = ပြဿနာကို တိုင်ကြားပြီး သင့်အမှုကို နယ်စပ်ဖြတ်၍လည်း စောင့်ကြည့်ပါ။
home-statistics-desc = နိုင်ငံနှင့် ကျား၊ မ အလိုက် ရွှေ့ပြောင်းအလုပ်သမား တရားဝင်ကိန်းဂဏန်းများ။
home-trust = စာမျက်နှာတိုင်းတွင် အချက်အလက်များ၏ ရင်းမြစ်နှင့် နောက်ဆုံးစစ်ဆေးသည့်ရက်စွဲကို ပြသထားသည်။
home-urgent = ယခု အန္တရာယ်ရှိနေပါသလား။ သင်ရောက်ရှိနေသော နိုင်ငံရှိ ရဲ သို့မဟုတ် အရေးပေါ်ဖုန်းလိုင်းကို ခေါ်ဆိုပါ။

## Sections that are not ready yet
section-building = ပေါ်တယ်၏ ဤအပိုင်းကို တည်ဆောက်နေဆဲ ဖြစ်သည်။ မကြာမီ ပြန်လာကြည့်ပါ။

## Sample data
sample-banner = နမူနာဒေတာ - ဤပေါ်တယ်သည် စမ်းသပ်ရန်အတွက် နမူနာအချက်အလက်များကို ပြသထားသည်။ ၎င်းကို အားမကိုးပါနှင့်။

## Footer
footer-about = lmip သည် အလုပ်သမားဝန်ကြီးဌာနများ၊ ဒေသဆိုင်ရာအဖွဲ့များနှင့် အစိုးရမဟုတ်သော အဖွဲ့အစည်းများက လည်ပတ်သော အခမဲ့ open-source ဆော့ဖ်ဝဲ ဖြစ်သည်။
footer-privacy = ကျွန်ုပ်တို့သည် ကိုယ်ရေးကိုယ်တာအချက်အလက်များကို တတ်နိုင်သမျှ အနည်းဆုံးသာ စုဆောင်းပါသည်။

## Errors
error-not-found-title = စာမျက်နှာ ရှာမတွေ့ပါ
error-not-found-body = ဤစာမျက်နှာကို ရှာမတွေ့ပါ။ ၎င်းကို ရွှေ့ထားခြင်း သို့မဟုတ် လိပ်စာ မှားနေခြင်း ဖြစ်နိုင်သည်။
error-server-title = တစ်ခုခု မှားယွင်းသွားပါသည်
error-server-body = ဤအမှားသည် ကျွန်ုပ်တို့၏ အမှားဖြစ်ပြီး သင့်အမှား မဟုတ်ပါ။ မိနစ်အနည်းငယ်အကြာတွင် ထပ်စမ်းကြည့်ပါ။
error-unavailable-title = ယခု အသုံးမပြုနိုင်သေးပါ
error-unavailable-body = ပေါ်တယ်သည် ယခု မတုံ့ပြန်နိုင်သေးပါ။ မိနစ်အနည်းငယ်အကြာတွင် ထပ်စမ်းကြည့်ပါ။
error-bad-request-title = ဤတောင်းဆိုချက်ကို နားမလည်ပါ
error-bad-request-body = လိပ်စာ သို့မဟုတ် ဖောင်ကို စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။
error-go-home = ပင်မစာမျက်နှာသို့ သွားရန်
error-reference = ရည်ညွှန်းနံပါတ်- { $id }
untranslated-note = သင့်ဘာသာစကားသို့ မဘာသာပြန်ရသေးပါ

## Accounts and back office
account-sign-in-title = အကောင့်ဝင်ရန်
account-sign-in-intro = ဤပေါ်တယ်ကို ထိန်းသိမ်းသော ဝန်ကြီးဌာနများ၊ သမဂ္ဂများ၊ အစိုးရမဟုတ်သော အဖွဲ့အစည်းများနှင့် အခြားအဖွဲ့အစည်းများ၏ ဝန်ထမ်းများအတွက်။
account-email = အီးမေးလ်လိပ်စာ
account-password = စကားဝှက်
account-sign-in = အကောင့်ဝင်ရန်
account-set-password-title = သင့်စကားဝှက်ကို ရွေးပါ
account-set-password-rules = အနည်းဆုံး စာလုံး 12 လုံး သုံးပါ။ အချင်းချင်း မဆက်စပ်သော စကားလုံးအချို့သည် ခိုင်မာပြီး မှတ်ရလွယ်သော စကားဝှက် ဖြစ်စေသည်။
account-password-repeat = တူညီသော စကားဝှက်ကို ထပ်ရိုက်ပါ
account-save-password = စကားဝှက်ကို သိမ်းရန်
account-password-saved = သင့်စကားဝှက်ကို သိမ်းပြီးပါပြီ။ ယခု အကောင့်ဝင်နိုင်ပါပြီ။
account-sign-out = အကောင့်မှ ထွက်ရန်
account-sessions-title = သင် အကောင့်ဝင်ထားသော နေရာများ
account-sessions-device = ဘရောက်ဇာ
account-sessions-started = အကောင့်ဝင်ချိန်
account-sessions-last-seen = နောက်ဆုံး အသုံးပြုချိန်
account-sessions-current = ဤဘရောက်ဇာ
account-sign-out-everywhere = နေရာတိုင်းမှ အကောင့်ထွက်ရန်
account-error-too-short = စကားဝှက် တိုလွန်းသည်- အနည်းဆုံး စာလုံး 12 လုံး သုံးပါ။
account-error-too-long = စကားဝှက် ရှည်လွန်းသည်- စာလုံး 128 လုံးထက် မပိုပါစေနှင့်။
account-error-common = ဤစကားဝှက်သည် လူအများဆုံးသုံးသော စကားဝှက်များထဲမှ တစ်ခုဖြစ်ပြီး တိုက်ခိုက်သူများ အရင်ဆုံး စမ်းကြသည်။ အခြားတစ်ခုကို ရွေးပါ။
account-error-differ = စကားဝှက် နှစ်ခု မတူညီပါ။
account-error-throttled = ကြိုးစားမှု များလွန်းပါသည်။ { $minutes } မိနစ် စောင့်ပြီး ထပ်စမ်းကြည့်ပါ။
account-error-credentials = အီးမေးလ်လိပ်စာ သို့မဟုတ် စကားဝှက် မှားနေသည်။
office-title = နောက်ကွယ်ရုံး
office-signed-in-as = { $email } အဖြစ် အကောင့်ဝင်ထားသည်
office-roles = သင်၏ အဖွဲ့အစည်းများနှင့် တာဝန်များ
office-no-roles = သင့်တွင် မည်သည့်အဖွဲ့အစည်းတွင်မျှ တာဝန် မရှိသေးပါ။ စီမံခန့်ခွဲသူကို မေးပါ။
office-queues = သင်၏ လုပ်ငန်းစာရင်းများ (စစ်ဆေးရမည့် အကြောင်းအရာ၊ တင်သွင်းထားသော စာရင်းဇယားများနှင့် အမှုများ) ကို ဤနေရာတွင် ပြသမည်။
error-forbidden-title = ဤဖောင်ကို ပို့၍မရပါ
error-forbidden-body = ဖောင်၏ သက်တမ်း ကုန်သွားပြီ သို့မဟုတ် ဤဆိုက်မှ မလာပါ။ နောက်သို့ပြန်သွားပြီး စာမျက်နှာကို ပြန်ဖွင့်ကာ ထပ်စမ်းကြည့်ပါ။
audit-title = စစ်ဆေးမှတ်တမ်း
audit-intro = ပြောင်းလဲမှုနှင့် အကောင့်ဝင်မှုတိုင်းကို အစဉ်လိုက်၊ ပြင်ဆင်မှု ပေါ်စေရန် ချိတ်ဆက်ထားသည်။ ကွင်းဆက်ကို ဤအမိန့်ဖြင့် စစ်ပါ- lmip audit verify
audit-action = လုပ်ဆောင်ချက် အစ
audit-entity = မှတ်တမ်းအမျိုးအစား
audit-filter = စစ်ထုတ်ရန်
audit-when = အချိန် (UTC)
audit-who = မည်သူ
audit-what = ဘာ
audit-details = အသေးစိတ်
audit-older = ယခင် မှတ်တမ်းများ
account-error-link = ဤလင့်ခ်ကို သုံး၍မရပါ- သက်တမ်းကုန်သွားခြင်း သို့မဟုတ် သုံးပြီးသား ဖြစ်နိုင်သည်။ အကောင့်ဝင်ရန် စာမျက်နှာရှိ "စကားဝှက် မေ့နေပါသလား?" မှ လင့်ခ်အသစ် တောင်းပါ၊ သို့မဟုတ် စီမံခန့်ခွဲသူထံ တောင်းပါ။
account-forgot-link = စကားဝှက် မေ့နေပါသလား?
account-forgot-title = စကားဝှက်အသစ် ရွေးရန်
account-forgot-intro = သင့်အကောင့်၏ အီးမေးလ်လိပ်စာကို ထည့်ပါ။ စကားဝှက်အသစ် ရွေးရန် လင့်ခ်တစ်ခု ပို့ပေးပါမည်။ လင့်ခ်သည် မိနစ် 30 အတွင်း အသုံးပြုနိုင်သည်။
account-forgot-send = လင့်ခ် ပို့ရန်
account-forgot-sent = ဤလိပ်စာတွင် အကောင့်ရှိပါက လင့်ခ်ကို ပို့နေပါပြီ။ စပမ်းဖိုင်တွဲ အပါအဝင် သင့်အီးမေးလ်ကို စစ်ဆေးပါ။ လင့်ခ်သည် မိနစ် 30 အတွင်း အသုံးပြုနိုင်သည်။
account-error-email = ဤသည်မှာ အီးမေးလ်လိပ်စာ မဟုတ်ပါ။ စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။
account-code-title = ကုဒ် ထည့်ပါ
account-code-intro = သင့်ဖုန်းရှိ authenticator အက်ပ်ကို ဖွင့်ပြီး ဤပေါ်တယ်အတွက် ပြသသော ဂဏန်း 6 လုံး ကုဒ်ကို ထည့်ပါ။
account-code = ဂဏန်း 6 လုံး ကုဒ်
account-error-code = ဤကုဒ် မှားနေသည် သို့မဟုတ် သုံးပြီးသား ဖြစ်သည်။ နောက်ကုဒ်ကို စောင့်ပြီး ထည့်ပါ။
account-error-sign-in-expired = အကောင့်ဝင်ခြင်း ကြာလွန်းသွားပါပြီ။ သင့်စကားဝှက်ဖြင့် ပြန်စပါ။
account-confirm-title = စကားဝှက်ကို ထပ်မံ ထည့်ပါ
account-confirm-intro = ဤပြောင်းလဲမှုအတွက် သင့်စကားဝှက်ကို ထပ်မံ ထည့်ပါ။ မိနစ် 15 ထက် ကြာပြီးမှ အကောင့်ဝင်ထားလျှင် မေးပါသည်။
account-confirm = ဆက်လုပ်ရန်
account-two-factor-title = ဒုတိယအဆင့် အတည်ပြုခြင်း
account-two-factor-intro = ဒုတိယအဆင့် အတည်ပြုခြင်းသည် တစ်စုံတစ်ယောက်က သင့်စကားဝှက်ကို သိသွားလျှင်ပင် သင့်အကောင့်ကို ကာကွယ်ပေးသည်။ ဖုန်းတွင် authenticator အက်ပ် ထည့်သွင်းပြီး ဤကုဒ်ကို စကင်ဖတ်ကာ အက်ပ်ပြသော ဂဏန်း 6 လုံး ကုဒ်ကို ထည့်ပါ။
account-two-factor-secret = စကင်ဖတ်၍ မရပါက ဤသော့ကို အက်ပ်ထဲ ရိုက်ထည့်ပါ-
account-two-factor-turn-on = ဖွင့်ရန်
account-two-factor-turn-off = ပိတ်ရန်
account-two-factor-is-on = သင့်အကောင့်သည် ဒုတိယအဆင့် အတည်ပြုခြင်းကို သုံးနေသည်။ ပိတ်ရန် အက်ပ်မှ ကုဒ်တစ်ခု ထည့်ပါ။
account-two-factor-on = ဒုတိယအဆင့် အတည်ပြုခြင်း ဖွင့်ပြီးပါပြီ။ ယခုမှစ၍ အကောင့်ဝင်တိုင်း ကုဒ် ထည့်ရပါမည်။
account-two-factor-off = ဒုတိယအဆင့် အတည်ပြုခြင်း ပိတ်ပြီးပါပြီ။
account-two-factor-required = သင့်အဖွဲ့အစည်းက ဒုတိယအဆင့် အတည်ပြုခြင်းကို လိုအပ်သည်။ ဆက်လုပ်ရန် ယခုပင် သတ်မှတ်ပါ။
account-error-second-factor-mandatory = သင့်အဖွဲ့အစည်းက ဒုတိယအဆင့် အတည်ပြုခြင်းကို လိုအပ်သဖြင့် ပိတ်၍ မရပါ။
role-admin = စီမံခန့်ခွဲသူ
role-editor = တည်းဖြတ်သူ
role-reviewer = ပြန်လည်စစ်ဆေးသူ
role-stats-focal-point = စာရင်းအင်း ဆက်သွယ်ရေးတာဝန်ခံ
role-stats-approver = စာရင်းအင်း အတည်ပြုသူ
role-caseworker = အမှုကိစ္စ ကိုင်တွယ်သူ
role-case-supervisor = အမှုကိစ္စ ကြီးကြပ်သူ
role-agency-rep = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီ ကိုယ်စားလှယ်
role-unknown = မသိသော အခန်းကဏ္ဍ
org-kind-ministry = ဝန်ကြီးဌာန
org-kind-overseas-employment-agency = ပြည်ပအလုပ်အကိုင် အေဂျင်စီ
org-kind-embassy = သံရုံး သို့မဟုတ် အလုပ်သမား သံမှူး
org-kind-statistics-office = စာရင်းအင်းရုံး
org-kind-trade-union = အလုပ်သမားသမဂ္ဂ
org-kind-ngo = အစိုးရမဟုတ်သော အဖွဲ့အစည်း
org-kind-resource-centre = ရွှေ့ပြောင်းအလုပ်သမား အရင်းအမြစ်စင်တာ
org-kind-recruitment-agency = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီ
org-kind-employer = အလုပ်ရှင်
org-kind-regional-body = ဒေသဆိုင်ရာ အဖွဲ့
org-kind-operator = ပေါ်တယ် လည်ပတ်သူ
office-error-last-admin = ဤသူသည် အဖွဲ့အစည်း၏ နောက်ဆုံး စီမံခန့်ခွဲသူ ဖြစ်သည်။ အခြားသူကို စီမံခန့်ခွဲသူအဖြစ် အရင် ခန့်ပါ။
office-error-not-member = ဤသူသည် အဖွဲ့အစည်း၏ အဖွဲ့ဝင် မဟုတ်ပါ။ ယင်းအစား ဖိတ်ခေါ်ပါ။
office-error-name = စာလုံး 1 မှ 200 အထိ အမည် ပေးပါ။
office-error-token-roles = အခန်းကဏ္ဍ အနည်းဆုံး တစ်ခု ရွေးပါ။ တိုကင်သည် စီမံခန့်ခွဲသူ ဖြစ်၍ မရပါ။
office-error-token-name = မည်သည့်ပရိုဂရမ်က သုံးသည်ကို ဖော်ပြသော စာလုံး 1 မှ 100 အထိ အမည်ကို တိုကင်အား ပေးပါ။
office-error-slug = အမည်တိုတွင် အင်္ဂလိပ် စာလုံးအသေး a-z၊ ဂဏန်းနှင့် တုံးတို 2 မှ 40 လုံးသာ ပါနိုင်သည်၊ ဥပမာ dol-thailand။
office-error-country = TH သို့မဟုတ် KH ကဲ့သို့ စာလုံး နှစ်လုံး နိုင်ငံကုဒ်ကို သုံးပါ၊ သို့မဟုတ် လွတ်ထားပါ။
office-error-choice = ရွေးချယ်မှု တစ်ခု မမှန်ကန်ပါ။ စာမျက်နှာကို ပြန်ဖွင့်ပြီး ထပ်စမ်းကြည့်ပါ။
office-error-taken = ဤအမည်တိုကို သုံးပြီးသား ဖြစ်သည်။ အခြားတစ်ခု ရွေးပါ။
office-organisations-title = အဖွဲ့အစည်းများ
office-new-organisation = အဖွဲ့အစည်း ထည့်ရန်
office-org-name = အမည်အပြည့်အစုံ
office-org-slug = အမည်တို (ဝက်ဘ်လိပ်စာအတွက်)
office-org-kind = အမျိုးအစား
office-org-country = နိုင်ငံကုဒ် (မဖြစ်မနေ မဟုတ်)
office-create = ထည့်ရန်
office-members = အဖွဲ့ဝင်များ
office-member-roles = အခန်းကဏ္ဍများ
office-status-invited = ဖိတ်ခေါ်ထားသည်
office-withdraw = ဖယ်ရှားရန်
office-grant = အခန်းကဏ္ဍ ထည့်ရန်
office-invite = တစ်စုံတစ်ယောက်ကို ဖိတ်ခေါ်ရန်
office-invite-intro = ပါဝင်ရန် လင့်ခ်ပါသော အီးမေးလ်ကို ပို့ပေးပါမည်။ အကောင့် မရှိသေးပါက လင့်ခ်ဖြင့် စကားဝှက် ရွေးနိုင်ပြီး ရက် 7 ရက် အသုံးပြုနိုင်သည်။
office-role = အခန်းကဏ္ဍ
office-invite-send = ဖိတ်ကြားချက် ပို့ရန်
office-second-factor-required = အဖွဲ့ဝင်များသည် ဒုတိယအဆင့် အတည်ပြုခြင်းကို သုံးရမည်။
office-second-factor-optional-now = ဒုတိယအဆင့် အတည်ပြုခြင်းသည် အဖွဲ့ဝင်များအတွက် ရွေးချယ်ခွင့်သာ ဖြစ်သည်။
office-second-factor-require = ဒုတိယအဆင့် အတည်ပြုခြင်းကို မဖြစ်မနေ လိုအပ်စေရန်
office-second-factor-optional = ရွေးချယ်ခွင့် ဖြစ်စေရန်
office-tokens = API တိုကင်များ
office-tokens-intro = တိုကင်များက စာရင်းအင်း တင်ပို့သော script ကဲ့သို့ ပရိုဂရမ်များကို ဤအဖွဲ့အစည်းကိုယ်စား ပေါ်တယ်ကို သုံးခွင့်ပြုသည်။ တိုကင်တစ်ခုစီတွင် သင်ရွေးသော အခန်းကဏ္ဍများသာ ရှိသည်။
office-token-name = သုံးသူ
office-token-last-used = နောက်ဆုံး သုံးခဲ့ချိန်
office-token-revoked = ရုပ်သိမ်းပြီး
office-token-revoke = ရုပ်သိမ်းရန်
office-token-create = တိုကင် ဖန်တီးရန်
office-token-once = ဤတိုကင်ကို ယခုပင် ကူးယူပြီး လုံခြုံစွာ သိမ်းထားပါ။ နောက်တစ်ကြိမ် ပြသမည် မဟုတ်ပါ။
office-token-made = တိုကင်ကို ဖန်တီးပြီးပါပြီ။
office-invited = ဖိတ်ကြားချက် ပို့ပြီးပါပြီ။
office-saved = သိမ်းဆည်းပြီးပါပြီ။
office-administer = သင် စီမံခန့်ခွဲသော အဖွဲ့အစည်းများ
office-your-account = သင့်အကောင့်
mail-reset-subject = စကားဝှက်အသစ် ရွေးရန်
mail-reset-body =
    တစ်စုံတစ်ယောက်က ဤပေါ်တယ်ရှိ သင့်အကောင့်အတွက် စကားဝှက်အသစ် ရွေးရန် တောင်းဆိုခဲ့သည်။
    သင်ဖြစ်ပါက ဤလင့်ခ်ကို မိနစ် { $minutes } အတွင်း ဖွင့်ပါ-
    
    { $link }
    
    သင်မဟုတ်ပါက ဤစာကို လျစ်လျူရှုနိုင်သည်။ သင့်စကားဝှက် မပြောင်းလဲပါ။
mail-invite-subject = { $org } သို့ ပါဝင်ရန် သင့်ကို ဖိတ်ခေါ်ထားသည်
mail-invite-body =
    အလုပ်သမား ရွှေ့ပြောင်းသွားလာမှု ပေါ်တယ်ရှိ { $org } သို့ { $role } အဖြစ် ပါဝင်ရန် သင့်ကို ဖိတ်ခေါ်ထားသည်။
    စကားဝှက် ရွေးရန် ဤလင့်ခ်ကို ဖွင့်ပါ။ { $expires } အထိ အသုံးပြုနိုင်သည်-
    
    { $link }
    
    ဤစာကို မမျှော်လင့်ထားပါက လျစ်လျူရှုနိုင်သည်။
mail-role-added-subject = { $org } တွင် သင့်အတွက် အခန်းကဏ္ဍအသစ် ရှိသည်
mail-role-added-body =
    အလုပ်သမား ရွှေ့ပြောင်းသွားလာမှု ပေါ်တယ်ရှိ { $org } တွင် ယခု သင့်တွင် { $role } အခန်းကဏ္ဍ ရှိသည်။
    ဤနေရာတွင် အကောင့်ဝင်ပါ-
    
    { $link }

# Statistics submissions (back office).
office-statistics = စာရင်းအင်းဒေတာ ပေးပို့ခြင်း
stats-submissions-title = စာရင်းအင်းဒေတာ ပေးပို့ခြင်း
stats-upload-for = { $org } အတွက် စာရင်းအင်းဒေတာ ပို့ရန်
stats-upload-intro = ဇယားနှင့် နှစ်များကို ရွေးပါ၊ ထို့နောက် ဖိုင်ကို ရွေးပါ- XLSX မေးခွန်းလွှာ၊ CSV (SDMX-CSV သို့မဟုတ် ILOSTAT ပုံစံ) သို့မဟုတ် SDMX-ML။ ကျွန်ုပ်တို့ စစ်ဆေးပြီး အစီရင်ခံစာ ပြပါမည်။ အတည်ပြုသူ လက်ခံသည်အထိ မည်သည့်အရာမျှ ထုတ်ပြန်မည် မဟုတ်ပါ။
stats-flow = ဇယား
stats-period = နှစ်များ
stats-period-help = နှစ်တစ်နှစ်၊ ဥပမာ 2024၊ သို့မဟုတ် နှစ်အပိုင်းအခြား၊ ဥပမာ 2020-2024။
stats-encoding = စာသား ကုဒ်ပြောင်းပုံ
stats-encoding-auto = အလိုအလျောက် ရှာဖွေရန်
stats-file = ဖိုင်
stats-upload = ပို့ပြီး စစ်ဆေးရန်
stats-recent = နောက်ဆုံး ပေးပို့မှုများ
stats-none = ပေးပို့မှု မရှိသေးပါ။
stats-submitted-at = ပို့သည့်အချိန်
stats-organisation = အဖွဲ့အစည်း
stats-status = အခြေအနေ
stats-format = ဖိုင်အမျိုးအစား
stats-counts = အရေအတွက်
stats-observations = တန်ဖိုး { $n } ခု
stats-errors = အမှား { $n } ခု
stats-warnings = သတိပေးချက် { $n } ခု
stats-report = စစ်ဆေးမှု အစီရင်ခံစာ
stats-report-clean = ပြဿနာ မတွေ့ပါ။
stats-severity = အမျိုးအစား
stats-where = မည်သည့်နေရာ
stats-what = ဘာလဲ
stats-error = အမှား
stats-warning = သတိပေးချက်
stats-sheet = စာရွက်
stats-row = အတန်း
stats-column = ကော်လံ
stats-preview = ပထမ တန်ဖိုးများ
stats-series = စီးရီး
stats-value = တန်ဖိုး
stats-decide = ဆုံးဖြတ်ချက်
stats-accept-warnings = သတိပေးချက်များကို ဖတ်ပြီး လက်ခံပါသည်။
stats-publish = ထုတ်ပြန်ရန်
stats-reject-reason = ပို့သူအတွက် အကြောင်းပြချက် (မဖြစ်မနေ မဟုတ်)
stats-reject = ပြန်ပို့ရန်
stats-status-waiting = အတည်ပြုသူကို စောင့်နေသည်
stats-status-errors = အမှားများ ရှိသည်- ပြင်ဆင်ထားသော ဖိုင်ကို ပို့ပါ
stats-status-released = ထုတ်ပြန်ပြီး
stats-status-rejected = ပြန်ပို့ပြီး
stats-done-released = ထုတ်ဝေမှုအသစ်အဖြစ် ထုတ်ပြန်ပြီးပါပြီ။
stats-done-rejected = ပို့သူထံ ပြန်ပို့ပြီးပါပြီ။
stats-error-flow = စာရင်းထဲမှ ဇယားတစ်ခု ရွေးပါ။
stats-error-period = နှစ်တစ်နှစ်၊ ဥပမာ 2024၊ သို့မဟုတ် အပိုင်းအခြား၊ ဥပမာ 2020-2024 ကို ထည့်ပါ။
stats-error-encoding = စာရင်းထဲမှ စာသား ကုဒ်ပြောင်းပုံကို ရွေးပါ။
stats-error-decided = ဤပေးပို့မှုကို တစ်စုံတစ်ယောက် ဆုံးဖြတ်ပြီးဖြစ်သည်။
stats-error-has-errors = ဤဖိုင်တွင် အမှားများ ရှိသည်။ ထုတ်ပြန်၍ မရပါ။ ပြန်ပို့ပါ။
stats-error-accept-warnings = ဤဖိုင်တွင် သတိပေးချက်များ ရှိသည်။ မထုတ်ပြန်မီ လက်ခံရန် အကွက်ကို အမှန်ခြစ်ပါ။
stats-error-own = ဤဖိုင်ကို သင်ကိုယ်တိုင် ပို့ခဲ့သည်။ အခြား အတည်ပြုသူက ဆုံးဖြတ်ရမည်။
stats-error-no-file = ပို့ရန် ဖိုင်တစ်ခု ရွေးပါ။
stats-problem-too-large = ဖိုင်သည် { $limit } MB ထက် ကြီးသည်။ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။
stats-problem-too-many-rows = ဖိုင်တွင် အတန်း { $limit } ထက် များသည်။ ဖိုင်ငယ်များအဖြစ် ခွဲပါ။
stats-problem-too-many-columns = ဖိုင်တွင် ကော်လံ { $limit } ထက် များသည်။
stats-problem-field-too-long = ဤအကွက်သည် စာလုံး { $limit } ထက် ရှည်သည်။
stats-problem-unreadable = ဖိုင်ကို ဖတ်၍ မရပါ- { $reason }
stats-problem-bad-encoding = ဤနေရာရှိ စာသားသည် { $encoding } မဟုတ်ပါ။ ဖိုင်၏ ကုဒ်ပြောင်းပုံကို ရွေးပါ (ထိုင်းစာ အများအားဖြင့် Windows-874၊ ဗီယက်နမ်စာ Windows-1258) ပြီး ထပ်ပို့ပါ။
stats-problem-unsupported-format = ဤဖိုင်ကို ဤနေရာတွင် ဖတ်၍ မရပါ ({ $format })။ ဇယားကို CSV UTF-8 အဖြစ် သိမ်းပြီး ထိုဖိုင်ကို ပို့ပါ။
stats-problem-unknown-layout = ကော်လံခေါင်းစဉ်များ ({ $columns }) သည် SDMX-CSV သို့မဟုတ် ILOSTAT ပုံစံ မဟုတ်ပါ။
stats-problem-missing-column = ကော်လံ { $column } မရှိပါ။
stats-problem-unknown-column = ကော်လံ { $column } သည် ဤဇယား၏ အစိတ်အပိုင်း မဟုတ်ပါ။ ဖယ်ရှားပါ။
stats-problem-repeated-column = ကော်လံ { $column } နှစ်ခါ ပါနေသည်။
stats-problem-ragged-row = ဤအတန်းတွင် အကွက် { $found } ခု ရှိသည်၊ ခေါင်းစဉ်တွင် { $expected } ခု ရှိသည်။
stats-problem-unbalanced-quote = ကိုးကားအမှတ်အသား ဤနေရာတွင် ဖွင့်ထားပြီး မပိတ်ပါ။
stats-problem-wrong-flow = ဤဖိုင်သည် { $found } အတွက်ဖြစ်ပြီး { $expected } အတွက် မဟုတ်ပါ။
stats-problem-unsupported-action = လုပ်ဆောင်ချက် { $action } ကို ဤနေရာတွင် သုံး၍ မရပါ။ I (ထည့်ရန်) သို့မဟုတ် R (အစားထိုးရန်) ကို သုံးပါ။
stats-problem-xml-doctype = XML တွင် စာရွက်စာတမ်း အမျိုးအစား ကြေညာချက် ပါသည်။ လုံခြုံရေးအတွက် ထိုသို့သော ဖိုင်များကို ငြင်းပယ်သည်။
stats-problem-xml-namespace = XML သည် SDMX-ML 2.1 မဟုတ်ပါ (namespace မှာ { $found })။
stats-problem-xml-malformed = XML သည် ဤနေရာတွင် ပျက်နေသည်- { $reason }
stats-problem-not-sdmx-data = ဤ XML သည် { $root } မက်ဆေ့ချ်ဖြစ်ပြီး SDMX ဒေတာ မဟုတ်ပါ။
stats-problem-no-data = ဖိုင်တွင် တန်ဖိုး မရှိပါ။
stats-problem-unknown-code = { $code } သည် { $component } ၏ ကုဒ် မဟုတ်ပါ။
stats-problem-duplicate-key = { $period } အတွက် { $key } သည် အတန်း { $first_row } တွင် ရှိပြီးဖြစ်သည်။
stats-problem-not-a-number = { $value } သည် ဂဏန်း မဟုတ်ပါ။
stats-problem-negative = { $value } သည် အနုတ်ဖြစ်သည်။ အရေအတွက်သည် သုညအောက် မဖြစ်နိုင်ပါ။
stats-problem-missing-value = တန်ဖိုး ဗလာဖြစ်နေသည်။ ဂဏန်းတစ်ခု သို့မဟုတ် ဘာကြောင့် မရှိသည်ကို ပြောသော လေ့လာမှုအခြေအနေကို ထည့်ပါ။
stats-problem-bad-period = { $value } သည် ကြိမ်နှုန်း { $frequency } ၏ ကာလ မဟုတ်ပါ (နှစ်ကို 2024 ကဲ့သို့ ရေးပါ)။
stats-problem-period-out-of-range = { $value } သည် ဤပေးပို့မှု၏ နှစ်များ ({ $first } မှ { $last }) အပြင်ဘက်တွင် ရှိသည်။
stats-problem-missing-attribute = { $attribute } မဖြစ်မနေ လိုအပ်သော်လည်း တန်ဖိုး မရှိပါ။
stats-problem-conflicting-attribute = { $attribute } သည် ဤစီးရီး၏ ယခင်အတန်းတွင် { $first } ဖြစ်ပြီး ဤနေရာတွင် { $found } ဖြစ်သည်။
stats-problem-total-mismatch = { $period } အတွက် { $key } ၏ စုစုပေါင်းမှာ { $total } ဖြစ်သော်လည်း အစိတ်အပိုင်းများ ပေါင်းလဒ်မှာ { $parts } ဖြစ်သည်။
stats-problem-jump = { $period } အတွက် { $key } မှာ { $value } ဖြစ်သည်၊ ထုတ်ပြန်ထားသော ကိန်းဂဏန်းမှာ { $previous } ဖြစ်သည် ({ $factor } ဆ ကွာခြားသည်)။
stats-problem-more-of-the-same = အထက်ပါကဲ့သို့ နောက်ထပ် { $more } ခုကို မဖော်ပြထားပါ။ ၎င်းတို့ကို ပြင်ပြီး ဖိုင်ကို ထပ်ပို့ပါ။
stats-problem-not-a-questionnaire = ဤအလုပ်စာအုပ်သည် lmip မေးခွန်းလွှာ မဟုတ်ပါ- ဇယားပါသော { $sheet } စာရွက် မရှိပါ။ ပုံစံမှ မေးခွန်းလွှာကို ပြုလုပ်ပြီး ၎င်းကို ဖြည့်ပါ။
stats-problem-archive-bomb = ဤအလုပ်စာအုပ်ကို ဖြည်လိုက်သောအခါ မေးခွန်းလွှာတစ်ခု ဆံ့နိုင်သည်ထက် များစွာ ပိုသော ဒေတာ ထွက်လာသည်။ လုံခြုံရေးအတွက် ငြင်းပယ်လိုက်သည်။
stats-template-instructions = ဤမေးခွန်းလွှာကို ဖြည့်နည်း
stats-template-step-for = ဤမေးခွန်းလွှာသည် { $country } ၏ { $year } ခုနှစ်အတွက် ဇယား { $flow } ဖြစ်သည်။ ဇယားစာရွက်၏ ထိပ်ရှိ တန်ဖိုးများ သို့မဟုတ် ခေါင်းစဉ်များကို မပြောင်းပါနှင့်။
stats-template-step-rows = နိုင်ငံတစ်ခုလျှင် အတန်းတစ်တန်း ရေးပါ- ပထမကော်လံတွင် စာရင်းထဲမှ နိုင်ငံကို ရွေးပါ။
stats-template-step-numbers = လူဦးရေ အရေအတွက်ကိုသာ ရေးပါ၊ နေရာလွတ် သို့မဟုတ် ထောင်ဂဏန်းခွဲ သင်္ကေတ မထည့်ပါနှင့်။ တန်ဖိုးကို မသိလျှင် အကွက်ကို ဗလာထားပါ။
stats-template-step-totals = စုစုပေါင်းသည် ၎င်း၏ အစိတ်အပိုင်းများ (အမျိုးသားနှင့် အမျိုးသမီး) ပေါင်းလဒ်နှင့် ညီရမည်။
stats-template-step-send = နောက်ကွယ်ရုံးမှ စာရင်းအင်းဒေတာ ပေးပို့ခြင်း အောက်တွင် ဖိုင်ကို ပို့ပါ။ ပြဿနာတစ်ခုချင်းနှင့် ၎င်းရှိရာ နေရာကို ပြသော အစီရင်ခံစာကို ရရှိပါမည်။
stats-template-flow = ဇယား
stats-template-frequency = ကြိမ်နှုန်း
stats-template-country = နိုင်ငံ
stats-template-year = နှစ်
stats-template-unit = ယူနစ်
stats-template-partner = ဆက်စပ်နိုင်ငံ
stats-template-value = တန်ဖိုး
stats-template-note = မှတ်ချက်

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = နိုင်ငံခြားတွင် နေထိုင်သော ရွှေ့ပြောင်းလုပ်သားများ (စုစုပေါင်း)
stats-flow-mig-outflow = နိုင်ငံခြားသို့ အလုပ်သွားလုပ်သော နိုင်ငံသားများ
stats-flow-mig-inflow = ရောက်ရှိလာသော ရွှေ့ပြောင်းလုပ်သားများ
stats-flow-mig-return = အိမ်ပြန်လာသော ရွှေ့ပြောင်းလုပ်သားများ
stats-flow-remit = ငွေလွှဲပို့ငွေ
stats-flow-complaints = ရွှေ့ပြောင်းလုပ်သားများ၏ တိုင်ကြားချက်များ
stats-unit-persons = ဦး
stats-unit-thousand-persons = ထောင်ဂဏန်း လူဦးရေ
stats-unit-usd = အမေရိကန်ဒေါ်လာ
stats-unit-million-usd = သန်းဂဏန်း အမေရိကန်ဒေါ်လာ
stats-profile-abroad = နိုင်ငံခြားတွင် နေထိုင်သော ဤနိုင်ငံသားများ၊ နိုင်ငံအလိုက်
stats-profile-migrants = ဤနေရာတွင် နေထိုင်သော ရွှေ့ပြောင်းသူများ၊ မူရင်းနိုင်ငံအလိုက်
stats-profile-departures = နိုင်ငံခြားသို့ အလုပ်သွားသူများ၊ ဦးတည်ရာအလိုက်
stats-profile-remittances = ရရှိသော ငွေလွှဲပို့ငွေ၊ ပို့သည့်နိုင်ငံအလိုက်
stats-explorer-title = စာရင်းအင်း
stats-explorer-intro = ရွှေ့ပြောင်းလုပ်သားများဆိုင်ရာ တရားဝင် ကိန်းဂဏန်းများ။ ကြည့်လိုသည်ကို ရွေးပြီး ပြရန်ကို နှိပ်ပါ။ ကိန်းဂဏန်းများကို ဒေါင်းလုဒ်လုပ်နိုင်သည် သို့မဟုတ် လင့်ခ်ကို မျှဝေနိုင်သည်။
stats-area = နိုင်ငံ
stats-partner = ဆက်စပ်နိုင်ငံ
stats-all-partners = ဆက်စပ်နိုင်ငံ အားလုံး
stats-breakdown = အုပ်စု
stats-from = စတင်သည့်နှစ်
stats-to = ပြီးဆုံးသည့်နှစ်
stats-show = ပြရန်
stats-no-figures = ဤရွေးချယ်မှုအတွက် ကိန်းဂဏန်း မရှိသေးပါ။
stats-unit = ယူနစ်
stats-sources = ရင်းမြစ်များ
stats-download-csv = ဤကိန်းဂဏန်းများကို ဒေါင်းလုဒ်လုပ်ရန် (CSV)
stats-download-xlsx = ဤကိန်းဂဏန်းများကို ဒေါင်းလုဒ်လုပ်ရန် (Excel)
stats-permalink = ဤမြင်ကွင်းသို့ လင့်ခ်
stats-sdmx-query = စာရင်းအင်းဆော့ဖ်ဝဲအတွက် တူညီသော ဒေတာ (SDMX)
stats-country-profile = နိုင်ငံ အကျဉ်းချုပ်
stats-total = စုစုပေါင်း
stats-explore-more = ကိန်းဂဏန်းအားလုံးကို ကြည့်ရန်
stats-template-title = မေးခွန်းလွှာ
stats-template-intro = ဇယားတစ်ခုနှင့် နှစ်တစ်နှစ်အတွက် Excel မေးခွန်းလွှာကို ဒေါင်းလုဒ်လုပ်၊ ဖြည့်ပြီး အထက်ပါ ဖောင်ဖြင့် ပြန်ပို့ပါ။
stats-template-download = မေးခွန်းလွှာကို ဒေါင်းလုဒ်လုပ်ရန် (Excel)
stats-country-code = နိုင်ငံ (စာလုံးနှစ်လုံး ကုဒ်၊ ဥပမာ KH)
stats-error-country = ကိန်းဂဏန်းများ သက်ဆိုင်သည့် နိုင်ငံ၏ စာလုံးနှစ်လုံး ကုဒ်ကို ထည့်ပါ၊ ဥပမာ KH သို့မဟုတ် TH။
