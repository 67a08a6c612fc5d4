# lmip: ຂໍ້ຄວາມສ່ວນຕິດຕໍ່ຜູ້ໃຊ້ເປັນພາສາລາວ

site-name = lmip
site-tagline = ເວັບໄຊຂໍ້ມູນການເຄື່ອນຍ້າຍແຮງງານ
skip-to-content = ຂ້າມໄປຫາເນື້ອຫາຫຼັກ
language-label = ພາສາ
language-choose = ເລືອກພາສາຂອງທ່ານ

## Navigation
nav-label = ເມນູຫຼັກ
nav-home = ໜ້າຫຼັກ
nav-corridors = ປະເທດ ແລະ ເສັ້ນທາງ
nav-agencies = ກວດສອບບໍລິສັດຈັດຫາງານ
nav-jobs = ວຽກ
nav-help = ຂໍຄວາມຊ່ວຍເຫຼືອ
nav-complaints = ຮ້ອງທຸກ
nav-statistics = ສະຖິຕິ

## Home page
home-title = ໄປເຮັດວຽກຢູ່ຕ່າງປະເທດຢ່າງປອດໄພ
home-intro = ຂໍ້ມູນບໍ່ເສຍຄ່າ ທີ່ໄດ້ກວດສອບແລ້ວ ສຳລັບຄົນທີ່ໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ, ຄອບຄົວ ແລະ ນາຍຈ້າງ.
home-sections = ທ່ານຕ້ອງການຫຍັງ?
home-corridors-desc = ຂັ້ນຕອນ, ເອກະສານ ແລະ ຄ່າໃຊ້ຈ່າຍທີ່ຖືກກົດໝາຍ ເພື່ອໄປຈາກປະເທດຂອງທ່ານໄປອີກປະເທດໜຶ່ງ.
home-agencies-desc = ບໍລິສັດຈັດຫາງານມີໃບອະນຸຍາດບໍ? ປອດໄພບໍ?
home-jobs-desc = ການສະເໜີວຽກ ແລະ ໂຄງການຂອງລັດຖະບານ ທີ່ໄດ້ກວດສອບແລ້ວ.
home-help-desc = ສາຍດ່ວນ, ສະຖານທູດ, ສະຫະພັນ ແລະ ສູນທີ່ຊ່ວຍເຫຼືອແຮງງານ.
home-complaints-desc = ແຈ້ງບັນຫາ ແລະ ຕິດຕາມເລື່ອງຂອງທ່ານ ເຖິງແມ່ນຂ້າມຊາຍແດນ.
home-statistics-desc = ຕົວເລກທາງການຂອງແຮງງານເຄື່ອນຍ້າຍ ແຍກຕາມປະເທດ ແລະ ເພດ.
home-trust = ທຸກໜ້າບອກແຫຼ່ງທີ່ມາຂອງຂໍ້ມູນ ແລະ ວັນທີທີ່ກວດສອບຄັ້ງຫຼ້າສຸດ.
home-urgent = ກຳລັງຕົກຢູ່ໃນອັນຕະລາຍບໍ? ໂທຫາຕຳຫຼວດ ຫຼື ສາຍດ່ວນ ໃນປະເທດທີ່ທ່ານຢູ່.

## Sections that are not ready yet
section-building = ສ່ວນນີ້ຂອງເວັບໄຊກຳລັງສ້າງ. ກະລຸນາກັບມາອີກໄວໆນີ້.

## Sample data
sample-banner = ຂໍ້ມູນຕົວຢ່າງ: ເວັບໄຊນີ້ສະແດງຂໍ້ມູນຕົວຢ່າງເພື່ອການທົດລອງ. ຢ່າອີງໃສ່ຂໍ້ມູນນີ້.

## Footer
footer-about = lmip ແມ່ນຊອບແວລະຫັດເປີດທີ່ບໍ່ເສຍຄ່າ ດຳເນີນການໂດຍກະຊວງແຮງງານ, ອົງການລະດັບພາກພື້ນ ແລະ ອົງການທີ່ບໍ່ແມ່ນລັດຖະບານ.
footer-privacy = ພວກເຮົາເກັບຂໍ້ມູນສ່ວນຕົວໃຫ້ໜ້ອຍທີ່ສຸດເທົ່າທີ່ເຮັດໄດ້.

## Errors
error-not-found-title = ບໍ່ພົບໜ້ານີ້
error-not-found-body = ພວກເຮົາບໍ່ພົບໜ້ານີ້. ມັນອາດຍ້າຍໄປແລ້ວ ຫຼື ທີ່ຢູ່ອາດບໍ່ຖືກຕ້ອງ.
error-server-title = ມີບາງຢ່າງຜິດພາດ
error-server-body = ນີ້ແມ່ນຄວາມຜິດພາດຂອງພວກເຮົາ ບໍ່ແມ່ນຂອງທ່ານ. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກບໍ່ເທົ່າໃດນາທີ.
error-unavailable-title = ບໍ່ສາມາດໃຊ້ໄດ້ໃນຕອນນີ້
error-unavailable-body = ເວັບໄຊບໍ່ສາມາດຕອບໄດ້ໃນຕອນນີ້. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກບໍ່ເທົ່າໃດນາທີ.
error-bad-request-title = ພວກເຮົາບໍ່ເຂົ້າໃຈຄຳຮ້ອງຂໍນີ້
error-bad-request-body = ກະລຸນາກວດສອບທີ່ຢູ່ ຫຼື ແບບຟອມ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.
error-go-home = ໄປໜ້າຫຼັກ
error-reference = ເລກອ້າງອີງ: { $id }
untranslated-note = ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາຂອງທ່ານ

## Accounts and back office
account-sign-in-title = ເຂົ້າສູ່ລະບົບ
account-sign-in-intro = ສຳລັບພະນັກງານຂອງກະຊວງ, ສະຫະພັນ, ອົງການທີ່ບໍ່ແມ່ນລັດຖະບານ ແລະ ອົງການອື່ນໆ ທີ່ດູແລເວັບໄຊນີ້.
account-email = ທີ່ຢູ່ອີເມວ
account-password = ລະຫັດຜ່ານ
account-sign-in = ເຂົ້າສູ່ລະບົບ
account-set-password-title = ເລືອກລະຫັດຜ່ານຂອງທ່ານ
account-set-password-rules = ໃຊ້ຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ. ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ ເຮັດໃຫ້ລະຫັດຜ່ານແຂງແຮງ ແລະ ຈື່ງ່າຍ.
account-password-repeat = ລະຫັດຜ່ານເກົ່າອີກຄັ້ງ
account-save-password = ບັນທຶກລະຫັດຜ່ານ
account-password-saved = ບັນທຶກລະຫັດຜ່ານແລ້ວ. ທ່ານສາມາດເຂົ້າສູ່ລະບົບໄດ້ດຽວນີ້.
account-sign-out = ອອກຈາກລະບົບ
account-sessions-title = ບ່ອນທີ່ທ່ານເຂົ້າສູ່ລະບົບຢູ່
account-sessions-device = ບຣາວເຊີ
account-sessions-started = ເຂົ້າສູ່ລະບົບເມື່ອ
account-sessions-last-seen = ໃຊ້ງານຫຼ້າສຸດ
account-sessions-current = ບຣາວເຊີນີ້
account-sign-out-everywhere = ອອກຈາກລະບົບທຸກບ່ອນ
account-error-too-short = ລະຫັດຜ່ານສັ້ນເກີນໄປ: ໃຊ້ຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ.
account-error-too-long = ລະຫັດຜ່ານຍາວເກີນໄປ: ໃຊ້ບໍ່ເກີນ 128 ຕົວອັກສອນ.
account-error-common = ລະຫັດຜ່ານນີ້ແມ່ນໜຶ່ງໃນລະຫັດທີ່ຄົນໃຊ້ຫຼາຍທີ່ສຸດ ເຊິ່ງຜູ້ໂຈມຕີຈະລອງກ່ອນ. ກະລຸນາເລືອກລະຫັດອື່ນ.
account-error-differ = ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.
account-error-throttled = ພະຍາຍາມຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ { $minutes } ນາທີ ແລ້ວລອງໃໝ່.
account-error-credentials = ທີ່ຢູ່ອີເມວ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.
office-title = ລະບົບຫຼັງບ້ານ
office-signed-in-as = ເຂົ້າສູ່ລະບົບໃນນາມ { $email }
office-roles = ອົງການ ແລະ ບົດບາດຂອງທ່ານ
office-no-roles = ທ່ານຍັງບໍ່ມີບົດບາດໃນອົງການໃດ. ກະລຸນາຖາມຜູ້ຄຸ້ມຄອງລະບົບ.
office-queues = ລາຍການວຽກຂອງທ່ານ (ເນື້ອຫາທີ່ຕ້ອງກວດ, ຂໍ້ມູນສະຖິຕິທີ່ສົ່ງມາ ແລະ ກໍລະນີຮ້ອງທຸກ) ຈະສະແດງຢູ່ບ່ອນນີ້.
error-forbidden-title = ບໍ່ສາມາດສົ່ງແບບຟອມນີ້ໄດ້
error-forbidden-body = ແບບຟອມໝົດອາຍຸ ຫຼື ບໍ່ໄດ້ມາຈາກເວັບໄຊນີ້. ກະລຸນາກັບຄືນ, ໂຫຼດໜ້າໃໝ່ ແລ້ວລອງອີກຄັ້ງ.
audit-title = ບັນທຶກການກວດສອບ
audit-intro = ທຸກການປ່ຽນແປງ ແລະ ການເຂົ້າສູ່ລະບົບຕາມລຳດັບ ເຊື່ອມຕໍ່ກັນເພື່ອໃຫ້ເຫັນການດັດແປງ. ກວດສອບດ້ວຍຄຳສັ່ງ: lmip audit verify
audit-action = ການກະທຳເລີ່ມຕົ້ນດ້ວຍ
audit-entity = ປະເພດຂໍ້ມູນ
audit-filter = ກັ່ນຕອງ
audit-when = ເວລາ (UTC)
audit-who = ໃຜ
audit-what = ຫຍັງ
audit-details = ລາຍລະອຽດ
audit-older = ລາຍການເກົ່າກວ່າ
account-error-link = ບໍ່ສາມາດໃຊ້ລິ້ງນີ້ໄດ້: ມັນອາດໝົດອາຍຸ ຫຼື ຖືກໃຊ້ໄປແລ້ວ. ຂໍລິ້ງໃໝ່ໄດ້ທີ່ "ລືມລະຫັດຜ່ານ?" ໃນໜ້າເຂົ້າສູ່ລະບົບ ຫຼື ຂໍຈາກຜູ້ຄຸ້ມຄອງລະບົບ.
account-forgot-link = ລືມລະຫັດຜ່ານ?
account-forgot-title = ຕັ້ງລະຫັດຜ່ານໃໝ່
account-forgot-intro = ໃສ່ທີ່ຢູ່ອີເມວຂອງບັນຊີທ່ານ. ພວກເຮົາຈະສົ່ງລິ້ງສຳລັບຕັ້ງລະຫັດຜ່ານໃໝ່ໃຫ້. ລິ້ງໃຊ້ໄດ້ 30 ນາທີ.
account-forgot-send = ສົ່ງລິ້ງ
account-forgot-sent = ຖ້າທີ່ຢູ່ນີ້ມີບັນຊີ, ລິ້ງກຳລັງສົ່ງໄປຫາທ່ານ. ກະລຸນາກວດອີເມວ ລວມທັງໂຟນເດີສະແປມ. ລິ້ງໃຊ້ໄດ້ 30 ນາທີ.
account-error-email = ນີ້ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ. ກະລຸນາກວດເບິ່ງແລ້ວລອງໃໝ່.
account-code-title = ໃສ່ລະຫັດ
account-code-intro = ເປີດແອັບຢືນຢັນຕົວຕົນໃນໂທລະສັບຂອງທ່ານ ແລ້ວໃສ່ລະຫັດ 6 ຕົວເລກທີ່ແອັບສະແດງສຳລັບເວັບໄຊນີ້.
account-code = ລະຫັດ 6 ຕົວເລກ
account-error-code = ລະຫັດນີ້ບໍ່ຖືກ ຫຼື ຖືກໃຊ້ໄປແລ້ວ. ກະລຸນາລໍຖ້າລະຫັດຕໍ່ໄປແລ້ວໃສ່.
account-error-sign-in-expired = ການເຂົ້າສູ່ລະບົບໃຊ້ເວລາດົນເກີນໄປ. ກະລຸນາເລີ່ມໃໝ່ດ້ວຍລະຫັດຜ່ານ.
account-confirm-title = ໃສ່ລະຫັດຜ່ານອີກຄັ້ງ
account-confirm-intro = ສຳລັບການປ່ຽນແປງນີ້, ກະລຸນາໃສ່ລະຫັດຜ່ານອີກຄັ້ງ. ພວກເຮົາຖາມເມື່ອທ່ານເຂົ້າສູ່ລະບົບມາດົນກວ່າ 15 ນາທີ.
account-confirm = ສືບຕໍ່
account-two-factor-title = ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ
account-two-factor-intro = ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງປົກປ້ອງບັນຊີຂອງທ່ານ ເຖິງວ່າມີຄົນຮູ້ລະຫັດຜ່ານຂອງທ່ານ. ຕິດຕັ້ງແອັບຢືນຢັນຕົວຕົນໃນໂທລະສັບ, ສະແກນລະຫັດນີ້, ແລ້ວໃສ່ລະຫັດ 6 ຕົວເລກທີ່ແອັບສະແດງ.
account-two-factor-secret = ຖ້າສະແກນບໍ່ໄດ້, ໃຫ້ພິມກະແຈນີ້ໃສ່ແອັບ:
account-two-factor-turn-on = ເປີດໃຊ້
account-two-factor-turn-off = ປິດໃຊ້
account-two-factor-is-on = ບັນຊີຂອງທ່ານໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງຢູ່. ເພື່ອປິດ, ກະລຸນາໃສ່ລະຫັດຈາກແອັບ.
account-two-factor-on = ເປີດໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງແລ້ວ. ຕໍ່ໄປທ່ານຈະໃສ່ລະຫັດເມື່ອເຂົ້າສູ່ລະບົບ.
account-two-factor-off = ປິດການຢືນຢັນຕົວຕົນຂັ້ນທີສອງແລ້ວ.
account-two-factor-required = ອົງການຂອງທ່ານກຳນົດໃຫ້ໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ. ກະລຸນາຕັ້ງຄ່າດຽວນີ້ເພື່ອສືບຕໍ່.
account-error-second-factor-mandatory = ອົງການຂອງທ່ານກຳນົດໃຫ້ໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ, ຈຶ່ງປິດບໍ່ໄດ້.
role-admin = ຜູ້ຄຸ້ມຄອງລະບົບ
role-editor = ບັນນາທິການ
role-reviewer = ຜູ້ກວດທານ
role-stats-focal-point = ຜູ້ປະສານງານດ້ານສະຖິຕິ
role-stats-approver = ຜູ້ອະນຸມັດສະຖິຕິ
role-caseworker = ພະນັກງານຮັບຜິດຊອບກໍລະນີ
role-case-supervisor = ຫົວໜ້າຄຸ້ມຄອງກໍລະນີ
role-agency-rep = ຕົວແທນບໍລິສັດຈັດຫາງານ
role-unknown = ບົດບາດທີ່ບໍ່ຮູ້ຈັກ
org-kind-ministry = ກະຊວງ
org-kind-overseas-employment-agency = ອົງການຈັດສົ່ງແຮງງານໄປຕ່າງປະເທດ
org-kind-embassy = ສະຖານທູດ ຫຼື ທີ່ປຶກສາດ້ານແຮງງານ
org-kind-statistics-office = ສູນສະຖິຕິ
org-kind-trade-union = ສະຫະພັນກຳມະບານ
org-kind-ngo = ອົງການທີ່ບໍ່ແມ່ນລັດຖະບານ
org-kind-resource-centre = ສູນຊ່ວຍເຫຼືອແຮງງານເຄື່ອນຍ້າຍ
org-kind-recruitment-agency = ບໍລິສັດຈັດຫາງານ
org-kind-employer = ນາຍຈ້າງ
org-kind-regional-body = ອົງການລະດັບພາກພື້ນ
org-kind-operator = ຜູ້ດຳເນີນງານເວັບໄຊ
office-error-last-admin = ນີ້ແມ່ນຜູ້ຄຸ້ມຄອງລະບົບຄົນສຸດທ້າຍຂອງອົງການ. ກະລຸນາແຕ່ງຕັ້ງຄົນອື່ນເປັນຜູ້ຄຸ້ມຄອງກ່ອນ.
office-error-not-member = ບຸກຄົນນີ້ບໍ່ແມ່ນສະມາຊິກຂອງອົງການ. ກະລຸນາສົ່ງຄຳເຊີນແທນ.
office-error-name = ກະລຸນາຕັ້ງຊື່ຍາວ 1 ຫາ 200 ຕົວອັກສອນ.
office-error-token-roles = ເລືອກຢ່າງໜ້ອຍໜຶ່ງບົດບາດ. ໂທເຄັນບໍ່ສາມາດເປັນຜູ້ຄຸ້ມຄອງລະບົບໄດ້.
office-error-token-name = ຕັ້ງຊື່ໂທເຄັນຍາວ 1 ຫາ 100 ຕົວອັກສອນ ບອກວ່າໂປຣແກຣມໃດໃຊ້.
office-error-slug = ຊື່ຫຍໍ້ໃຊ້ໄດ້ສະເພາະອັກສອນອັງກິດໂຕນ້ອຍ a-z, ຕົວເລກ ແລະ ຂີດ 2 ຫາ 40 ຕົວ, ເຊັ່ນ dol-thailand.
office-error-country = ໃຊ້ລະຫັດປະເທດສອງຕົວອັກສອນ ເຊັ່ນ TH ຫຼື KH, ຫຼື ປະໄວ້ຫວ່າງ.
office-error-choice = ຕົວເລືອກໜຶ່ງບໍ່ຖືກຕ້ອງ. ກະລຸນາໂຫຼດໜ້າໃໝ່ແລ້ວລອງອີກຄັ້ງ.
office-error-taken = ຊື່ຫຍໍ້ນີ້ມີຄົນໃຊ້ແລ້ວ. ກະລຸນາເລືອກຊື່ອື່ນ.
office-organisations-title = ອົງການ
office-new-organisation = ເພີ່ມອົງການ
office-org-name = ຊື່ເຕັມ
office-org-slug = ຊື່ຫຍໍ້ (ສຳລັບທີ່ຢູ່ເວັບ)
office-org-kind = ປະເພດ
office-org-country = ລະຫັດປະເທດ (ບໍ່ບັງຄັບ)
office-create = ເພີ່ມ
office-members = ສະມາຊິກ
office-member-roles = ບົດບາດ
office-status-invited = ໄດ້ຮັບເຊີນແລ້ວ
office-withdraw = ເອົາອອກ
office-grant = ເພີ່ມບົດບາດ
office-invite = ເຊີນບຸກຄົນ
office-invite-intro = ພວກເຮົາຈະສົ່ງອີເມວທີ່ມີລິ້ງເພື່ອເຂົ້າຮ່ວມ. ຖ້າຍັງບໍ່ມີບັນຊີ, ລິ້ງຈະໃຫ້ຕັ້ງລະຫັດຜ່ານ; ໃຊ້ໄດ້ 7 ວັນ.
office-role = ບົດບາດ
office-invite-send = ສົ່ງຄຳເຊີນ
office-second-factor-required = ສະມາຊິກຕ້ອງໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ.
office-second-factor-optional-now = ສະມາຊິກຈະໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ ຫຼື ບໍ່ກໍໄດ້.
office-second-factor-require = ບັງຄັບໃຊ້ການຢືນຢັນຕົວຕົນຂັ້ນທີສອງ
office-second-factor-optional = ໃຫ້ເປັນທາງເລືອກ
office-tokens = ໂທເຄັນ API
office-tokens-intro = ໂທເຄັນໃຫ້ໂປຣແກຣມ ເຊັ່ນ ສະຄຣິບສົ່ງຂໍ້ມູນສະຖິຕິ ໃຊ້ເວັບໄຊແທນອົງການນີ້ໄດ້. ແຕ່ລະໂທເຄັນມີສະເພາະບົດບາດທີ່ທ່ານເລືອກ.
office-token-name = ໃຊ້ໂດຍ
office-token-last-used = ໃຊ້ຫຼ້າສຸດ
office-token-revoked = ຍົກເລີກແລ້ວ
office-token-revoke = ຍົກເລີກ
office-token-create = ສ້າງໂທເຄັນ
office-token-once = ສຳເນົາໂທເຄັນນີ້ດຽວນີ້ ແລະ ເກັບໄວ້ໃຫ້ປອດໄພ. ມັນຈະບໍ່ສະແດງອີກ.
office-token-made = ສ້າງໂທເຄັນແລ້ວ.
office-invited = ສົ່ງຄຳເຊີນແລ້ວ.
office-saved = ບັນທຶກແລ້ວ.
office-administer = ອົງການທີ່ທ່ານຄຸ້ມຄອງ
office-your-account = ບັນຊີຂອງທ່ານ
mail-reset-subject = ຕັ້ງລະຫັດຜ່ານໃໝ່
mail-reset-body =
    ມີຄົນຂໍຕັ້ງລະຫັດຜ່ານໃໝ່ສຳລັບບັນຊີຂອງທ່ານໃນເວັບໄຊນີ້.
    ຖ້າແມ່ນທ່ານ, ກະລຸນາເປີດລິ້ງນີ້ພາຍໃນ { $minutes } ນາທີ:
    
    { $link }
    
    ຖ້າບໍ່ແມ່ນທ່ານ, ບໍ່ຕ້ອງເຮັດຫຍັງ. ລະຫັດຜ່ານຂອງທ່ານບໍ່ໄດ້ປ່ຽນ.
mail-invite-subject = ທ່ານໄດ້ຮັບເຊີນໃຫ້ເຂົ້າຮ່ວມ { $org }
mail-invite-body =
    ທ່ານໄດ້ຮັບເຊີນໃຫ້ເຂົ້າຮ່ວມ { $org } ໃນເວັບໄຊຂໍ້ມູນການເຄື່ອນຍ້າຍແຮງງານ, ໃນບົດບາດ { $role }.
    ເປີດລິ້ງນີ້ເພື່ອຕັ້ງລະຫັດຜ່ານ. ລິ້ງໃຊ້ໄດ້ເຖິງ { $expires }:
    
    { $link }
    
    ຖ້າທ່ານບໍ່ໄດ້ຄາດວ່າຈະໄດ້ຮັບຂໍ້ຄວາມນີ້, ບໍ່ຕ້ອງເຮັດຫຍັງ.
mail-role-added-subject = ທ່ານມີບົດບາດໃໝ່ໃນ { $org }
mail-role-added-body =
    ດຽວນີ້ທ່ານມີບົດບາດ { $role } ໃນ { $org } ໃນເວັບໄຊຂໍ້ມູນການເຄື່ອນຍ້າຍແຮງງານ.
    ເຂົ້າສູ່ລະບົບທີ່ນີ້:
    
    { $link }

# Statistics submissions (back office).
office-statistics = ການສົ່ງຂໍ້ມູນສະຖິຕິ
stats-submissions-title = ການສົ່ງຂໍ້ມູນສະຖິຕິ
stats-upload-for = ສົ່ງຂໍ້ມູນສະຖິຕິຂອງ { $org }
stats-upload-intro = ເລືອກຕາຕະລາງ ແລະ ປີ, ແລ້ວເລືອກໄຟລ໌: ແບບສອບຖາມ XLSX, CSV (ແບບ SDMX-CSV ຫຼື ILOSTAT) ຫຼື SDMX-ML. ພວກເຮົາກວດສອບ ແລະ ສະແດງບົດລາຍງານ. ບໍ່ມີຫຍັງຖືກເຜີຍແຜ່ຈົນກວ່າຜູ້ອະນຸມັດຈະຍອມຮັບ.
stats-flow = ຕາຕະລາງ
stats-period = ປີ
stats-period-help = ປີດຽວ ເຊັ່ນ 2024 ຫຼື ຊ່ວງປີ ເຊັ່ນ 2020-2024.
stats-encoding = ການເຂົ້າລະຫັດຂໍ້ຄວາມ
stats-encoding-auto = ກວດຫາອັດຕະໂນມັດ
stats-file = ໄຟລ໌
stats-upload = ສົ່ງ ແລະ ກວດສອບ
stats-recent = ການສົ່ງຫຼ້າສຸດ
stats-none = ຍັງບໍ່ມີການສົ່ງ.
stats-submitted-at = ສົ່ງເມື່ອ
stats-organisation = ອົງການ
stats-status = ສະຖານະ
stats-format = ປະເພດໄຟລ໌
stats-counts = ຈຳນວນ
stats-observations = { $n } ຄ່າ
stats-errors = ຂໍ້ຜິດພາດ { $n }
stats-warnings = ຄຳເຕືອນ { $n }
stats-report = ບົດລາຍງານການກວດສອບ
stats-report-clean = ບໍ່ພົບບັນຫາ.
stats-severity = ປະເພດ
stats-where = ບ່ອນໃດ
stats-what = ຫຍັງ
stats-error = ຂໍ້ຜິດພາດ
stats-warning = ຄຳເຕືອນ
stats-sheet = ແຜ່ນງານ
stats-row = ແຖວ
stats-column = ຖັນ
stats-preview = ຄ່າທຳອິດ
stats-series = ຊຸດຂໍ້ມູນ
stats-value = ຄ່າ
stats-decide = ການຕັດສິນ
stats-accept-warnings = ຂ້ອຍໄດ້ອ່ານຄຳເຕືອນແລ້ວ ແລະ ຍອມຮັບ.
stats-publish = ເຜີຍແຜ່
stats-reject-reason = ເຫດຜົນສຳລັບຜູ້ສົ່ງ (ບໍ່ບັງຄັບ)
stats-reject = ສົ່ງຄືນ
stats-status-waiting = ລໍຖ້າຜູ້ອະນຸມັດ
stats-status-errors = ມີຂໍ້ຜິດພາດ: ສົ່ງໄຟລ໌ທີ່ແກ້ໄຂແລ້ວ
stats-status-released = ເຜີຍແຜ່ແລ້ວ
stats-status-rejected = ສົ່ງຄືນແລ້ວ
stats-done-released = ເຜີຍແຜ່ເປັນສະບັບໃໝ່ແລ້ວ.
stats-done-rejected = ສົ່ງຄືນໃຫ້ຜູ້ສົ່ງແລ້ວ.
stats-error-flow = ເລືອກຕາຕະລາງຈາກລາຍການ.
stats-error-period = ໃສ່ປີດຽວ ເຊັ່ນ 2024 ຫຼື ຊ່ວງປີ ເຊັ່ນ 2020-2024.
stats-error-encoding = ເລືອກການເຂົ້າລະຫັດຂໍ້ຄວາມຈາກລາຍການ.
stats-error-decided = ມີຄົນຕັດສິນກ່ຽວກັບການສົ່ງນີ້ແລ້ວ.
stats-error-has-errors = ໄຟລ໌ນີ້ມີຂໍ້ຜິດພາດ. ບໍ່ສາມາດເຜີຍແຜ່ໄດ້. ກະລຸນາສົ່ງຄືນ.
stats-error-accept-warnings = ໄຟລ໌ນີ້ມີຄຳເຕືອນ. ໝາຍໃສ່ຫ້ອງເພື່ອຍອມຮັບກ່ອນເຜີຍແຜ່.
stats-error-own = ທ່ານເປັນຜູ້ສົ່ງໄຟລ໌ນີ້ເອງ. ຜູ້ອະນຸມັດຄົນອື່ນຕ້ອງຕັດສິນ.
stats-error-no-file = ເລືອກໄຟລ໌ທີ່ຈະສົ່ງ.
stats-problem-too-large = ໄຟລ໌ໃຫຍ່ກວ່າ { $limit } MB. ແບ່ງເປັນໄຟລ໌ນ້ອຍລົງ.
stats-problem-too-many-rows = ໄຟລ໌ມີຫຼາຍກວ່າ { $limit } ແຖວ. ແບ່ງເປັນໄຟລ໌ນ້ອຍລົງ.
stats-problem-too-many-columns = ໄຟລ໌ມີຫຼາຍກວ່າ { $limit } ຖັນ.
stats-problem-field-too-long = ຫ້ອງນີ້ຍາວກວ່າ { $limit } ຕົວອັກສອນ.
stats-problem-unreadable = ອ່ານໄຟລ໌ບໍ່ໄດ້: { $reason }
stats-problem-bad-encoding = ຂໍ້ຄວາມຢູ່ນີ້ບໍ່ແມ່ນ { $encoding }. ເລືອກການເຂົ້າລະຫັດຂອງໄຟລ໌ (ພາສາໄທມັກເປັນ Windows-874, ພາສາຫວຽດນາມ Windows-1258) ແລ້ວສົ່ງໃໝ່.
stats-problem-unsupported-format = ອ່ານໄຟລ໌ນີ້ຢູ່ນີ້ບໍ່ໄດ້ ({ $format }). ບັນທຶກຕາຕະລາງເປັນ CSV UTF-8 ແລ້ວສົ່ງໄຟລ໌ນັ້ນ.
stats-problem-unknown-layout = ຫົວຖັນ ({ $columns }) ບໍ່ແມ່ນແບບ SDMX-CSV ຫຼື ILOSTAT.
stats-problem-missing-column = ບໍ່ມີຖັນ { $column }.
stats-problem-unknown-column = ຖັນ { $column } ບໍ່ແມ່ນສ່ວນໜຶ່ງຂອງຕາຕະລາງນີ້. ກະລຸນາລຶບອອກ.
stats-problem-repeated-column = ຖັນ { $column } ມີສອງເທື່ອ.
stats-problem-ragged-row = ແຖວນີ້ມີ { $found } ຫ້ອງ; ຫົວຖັນມີ { $expected }.
stats-problem-unbalanced-quote = ມີເຄື່ອງໝາຍວົງຢືມເປີດຢູ່ນີ້ ແຕ່ບໍ່ມີປິດ.
stats-problem-wrong-flow = ໄຟລ໌ນີ້ແມ່ນສຳລັບ { $found }, ບໍ່ແມ່ນສຳລັບ { $expected }.
stats-problem-unsupported-action = ໃຊ້ຄຳສັ່ງ { $action } ຢູ່ນີ້ບໍ່ໄດ້. ໃຊ້ I (ເພີ່ມ) ຫຼື R (ແທນທີ່).
stats-problem-xml-doctype = XML ມີການປະກາດປະເພດເອກະສານ. ເພື່ອຄວາມປອດໄພ ໄຟລ໌ແບບນີ້ຖືກປະຕິເສດ.
stats-problem-xml-namespace = XML ບໍ່ແມ່ນ SDMX-ML 2.1 (namespace ແມ່ນ { $found }).
stats-problem-xml-malformed = XML ເສຍຢູ່ນີ້: { $reason }
stats-problem-not-sdmx-data = XML ນີ້ແມ່ນຂໍ້ຄວາມ { $root }, ບໍ່ແມ່ນຂໍ້ມູນ SDMX.
stats-problem-no-data = ໄຟລ໌ບໍ່ມີຄ່າໃດໆ.
stats-problem-unknown-code = { $code } ບໍ່ແມ່ນລະຫັດຂອງ { $component }.
stats-problem-duplicate-key = { $key } ຂອງ { $period } ມີຢູ່ແລ້ວໃນແຖວ { $first_row }.
stats-problem-not-a-number = { $value } ບໍ່ແມ່ນຕົວເລກ.
stats-problem-negative = { $value } ຕິດລົບ. ຈຳນວນຕ້ອງບໍ່ຕ່ຳກວ່າສູນ.
stats-problem-missing-value = ຄ່າວ່າງ. ໃສ່ຕົວເລກ ຫຼື ສະຖານະການສັງເກດທີ່ບອກວ່າເປັນຫຍັງຈຶ່ງບໍ່ມີ.
stats-problem-bad-period = { $value } ບໍ່ແມ່ນໄລຍະເວລາຂອງຄວາມຖີ່ { $frequency } (ປີຂຽນແບບ 2024).
stats-problem-period-out-of-range = { $value } ຢູ່ນອກປີຂອງການສົ່ງນີ້ ({ $first } ຫາ { $last }).
stats-problem-missing-attribute = ຕ້ອງມີ { $attribute } ແຕ່ບໍ່ມີຄ່າ.
stats-problem-conflicting-attribute = { $attribute } ແມ່ນ { $first } ໃນແຖວກ່ອນໜ້າຂອງຊຸດນີ້ ແຕ່ແມ່ນ { $found } ຢູ່ນີ້.
stats-problem-total-mismatch = ຍອດລວມຂອງ { $key } ປີ { $period } ແມ່ນ { $total }, ແຕ່ສ່ວນຍ່ອຍລວມກັນໄດ້ { $parts }.
stats-problem-jump = { $key } ປີ { $period } ແມ່ນ { $value }; ຕົວເລກທີ່ເຜີຍແຜ່ແລ້ວແມ່ນ { $previous } (ຕ່າງກັນ { $factor } ເທົ່າ).
stats-problem-more-of-the-same = ຍັງມີອີກ { $more } ລາຍການຄືກັບຂ້າງເທິງທີ່ບໍ່ໄດ້ສະແດງ. ແກ້ໄຂລາຍການເຫຼົ່ານັ້ນແລ້ວສົ່ງໄຟລ໌ອີກຄັ້ງ.
stats-problem-not-a-questionnaire = ປຶ້ມວຽກນີ້ບໍ່ແມ່ນແບບສອບຖາມຂອງ lmip: ບໍ່ມີແຜ່ນງານ { $sheet } ທີ່ມີຕາຕະລາງ. ສ້າງແບບສອບຖາມຈາກແມ່ແບບ ແລ້ວຕື່ມຂໍ້ມູນໃສ່.
stats-problem-archive-bomb = ປຶ້ມວຽກນີ້ແຕກອອກເປັນຂໍ້ມູນຫຼາຍເກີນກວ່າທີ່ແບບສອບຖາມຈະມີໄດ້. ຈຶ່ງຖືກປະຕິເສດເພື່ອຄວາມປອດໄພ.
stats-template-instructions = ວິທີຕື່ມແບບສອບຖາມນີ້
stats-template-step-for = ແບບສອບຖາມນີ້ແມ່ນສຳລັບຕາຕະລາງ { $flow } ຂອງ { $country } ປີ { $year }. ຢ່າປ່ຽນຄ່າຢູ່ເທິງສຸດຂອງແຜ່ນຕາຕະລາງ ຫຼື ຫົວຖັນ.
stats-template-step-rows = ຂຽນໜຶ່ງແຖວຕໍ່ໜຶ່ງປະເທດ: ເລືອກປະເທດໃນຖັນທຳອິດຈາກລາຍການ.
stats-template-step-numbers = ຂຽນສະເພາະຈຳນວນຄົນ ບໍ່ມີຍະຫວ່າງ ຫຼື ເຄື່ອງໝາຍຂັ້ນຫຼັກພັນ. ປະຫ້ອງວ່າງໄວ້ຖ້າບໍ່ຮູ້ຄ່າ.
stats-template-step-totals = ຍອດລວມຕ້ອງເທົ່າກັບຜົນລວມຂອງສ່ວນຍ່ອຍ (ຊາຍ ແລະ ຍິງ).
stats-template-step-send = ສົ່ງໄຟລ໌ຈາກລະບົບຫຼັງບ້ານ ໃນເມນູການສົ່ງຂໍ້ມູນສະຖິຕິ. ທ່ານຈະໄດ້ຮັບບົດລາຍງານທີ່ສະແດງແຕ່ລະບັນຫາ ແລະ ບ່ອນທີ່ມັນຢູ່.
stats-template-flow = ຕາຕະລາງ
stats-template-frequency = ຄວາມຖີ່
stats-template-country = ປະເທດ
stats-template-year = ປີ
stats-template-unit = ຫົວໜ່ວຍ
stats-template-partner = ປະເທດຄູ່ຮ່ວມ
stats-template-value = ຄ່າ
stats-template-note = ໝາຍເຫດ

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = ແຮງງານເຄື່ອນຍ້າຍທີ່ອາໄສຢູ່ຕ່າງປະເທດ (ຈຳນວນສະສົມ)
stats-flow-mig-outflow = ພົນລະເມືອງທີ່ໄປເຮັດວຽກຕ່າງປະເທດ
stats-flow-mig-inflow = ແຮງງານເຄື່ອນຍ້າຍທີ່ເຂົ້າມາ
stats-flow-mig-return = ແຮງງານເຄື່ອນຍ້າຍທີ່ກັບບ້ານ
stats-flow-remit = ເງິນສົ່ງກັບ
stats-flow-complaints = ຄຳຮ້ອງທຸກຂອງແຮງງານເຄື່ອນຍ້າຍ
stats-unit-persons = ຄົນ
stats-unit-thousand-persons = ພັນຄົນ
stats-unit-usd = ໂດລາສະຫະລັດ
stats-unit-million-usd = ລ້ານໂດລາສະຫະລັດ
stats-profile-abroad = ປະຊາຊົນຂອງປະເທດນີ້ທີ່ອາໄສຢູ່ຕ່າງປະເທດ ຕາມປະເທດ
stats-profile-migrants = ຜູ້ເຄື່ອນຍ້າຍທີ່ອາໄສຢູ່ນີ້ ຕາມປະເທດຕົ້ນທາງ
stats-profile-departures = ໄປເຮັດວຽກຕ່າງປະເທດ ຕາມປາຍທາງ
stats-profile-remittances = ເງິນສົ່ງກັບທີ່ໄດ້ຮັບ ຕາມປະເທດທີ່ສົ່ງ
stats-explorer-title = ສະຖິຕິ
stats-explorer-intro = ຕົວເລກທາງການກ່ຽວກັບແຮງງານເຄື່ອນຍ້າຍ. ເລືອກສິ່ງທີ່ຕ້ອງການເບິ່ງແລ້ວກົດສະແດງ. ທ່ານສາມາດດາວໂຫຼດຕົວເລກ ຫຼື ແບ່ງປັນລິ້ງໄດ້.
stats-area = ປະເທດ
stats-partner = ປະເທດຄູ່ຮ່ວມ
stats-all-partners = ປະເທດຄູ່ຮ່ວມທັງໝົດ
stats-breakdown = ກຸ່ມ
stats-from = ແຕ່ປີ
stats-to = ຮອດປີ
stats-show = ສະແດງ
stats-no-figures = ຍັງບໍ່ມີຕົວເລກສຳລັບການເລືອກນີ້.
stats-unit = ຫົວໜ່ວຍ
stats-sources = ແຫຼ່ງທີ່ມາ
stats-download-csv = ດາວໂຫຼດຕົວເລກເຫຼົ່ານີ້ (CSV)
stats-download-xlsx = ດາວໂຫຼດຕົວເລກເຫຼົ່ານີ້ (Excel)
stats-permalink = ລິ້ງໄປຫາມຸມມອງນີ້
stats-sdmx-query = ຂໍ້ມູນດຽວກັນສຳລັບຊອບແວສະຖິຕິ (SDMX)
stats-country-profile = ຂໍ້ມູນປະເທດ
stats-total = ລວມ
stats-explore-more = ເບິ່ງຕົວເລກທັງໝົດ
stats-template-title = ແບບສອບຖາມ
stats-template-intro = ດາວໂຫຼດແບບສອບຖາມ Excel ສຳລັບຕາຕະລາງ ແລະ ປີໜຶ່ງ, ຕື່ມຂໍ້ມູນ, ແລ້ວສົ່ງຄືນດ້ວຍແບບຟອມຂ້າງເທິງ.
stats-template-download = ດາວໂຫຼດແບບສອບຖາມ (Excel)
stats-country-code = ປະເທດ (ລະຫັດສອງຕົວອັກສອນ ເຊັ່ນ KH)
stats-error-country = ໃສ່ລະຫັດສອງຕົວອັກສອນຂອງປະເທດທີ່ຕົວເລກນີ້ເປັນຂອງ ເຊັ່ນ KH ຫຼື TH.
