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
account-error-link = ບໍ່ສາມາດໃຊ້ລິ້ງນີ້ໄດ້: ມັນອາດໝົດອາຍຸ ຫຼື ຖືກໃຊ້ໄປແລ້ວ. ກະລຸນາຂໍລິ້ງໃໝ່ຈາກຜູ້ຄຸ້ມຄອງລະບົບ.
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
