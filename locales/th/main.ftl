# lmip: ข้อความส่วนติดต่อผู้ใช้ภาษาไทย

site-name = lmip
site-tagline = พอร์ทัลข้อมูลการย้ายถิ่นของแรงงาน
skip-to-content = ข้ามไปยังเนื้อหาหลัก
language-label = ภาษา
language-choose = เลือกภาษาของคุณ

## Navigation
nav-label = เมนูหลัก
nav-home = หน้าแรก
nav-corridors = ประเทศและเส้นทาง
nav-agencies = ตรวจสอบบริษัทจัดหางาน
nav-jobs = งาน
nav-help = ขอความช่วยเหลือ
nav-complaints = ร้องเรียน
nav-statistics = สถิติ

## Home page
home-title = ไปทำงานต่างประเทศอย่างปลอดภัย
home-intro = ข้อมูลฟรีที่ตรวจสอบแล้ว สำหรับคนที่ไปทำงานต่างประเทศ ครอบครัว และนายจ้าง
home-sections = คุณต้องการอะไร
home-corridors-desc = ขั้นตอน เอกสาร และค่าใช้จ่ายที่ถูกกฎหมาย เพื่อไปทำงานจากประเทศของคุณไปอีกประเทศหนึ่ง
home-agencies-desc = บริษัทจัดหางานมีใบอนุญาตหรือไม่ ปลอดภัยหรือไม่
home-jobs-desc = ประกาศรับสมัครงานและโครงการของรัฐที่ตรวจสอบแล้ว
home-help-desc = สายด่วน สถานทูต สหภาพแรงงาน และศูนย์ที่ช่วยเหลือแรงงาน
home-complaints-desc = แจ้งปัญหาและติดตามเรื่องของคุณ แม้ข้ามพรมแดน
home-statistics-desc = ตัวเลขทางการของแรงงานข้ามชาติ แยกตามประเทศและเพศ
home-trust = ทุกหน้าบอกแหล่งที่มาของข้อมูล และวันที่ตรวจสอบครั้งล่าสุด
home-urgent = ตกอยู่ในอันตรายตอนนี้หรือไม่ โทรหาตำรวจหรือสายด่วนในประเทศที่คุณอยู่

## Sections that are not ready yet
section-building = ส่วนนี้ของพอร์ทัลกำลังจัดทำ กรุณากลับมาใหม่เร็ว ๆ นี้

## Sample data
sample-banner = ข้อมูลตัวอย่าง: พอร์ทัลนี้แสดงข้อมูลตัวอย่างเพื่อการทดสอบ อย่าใช้ข้อมูลนี้ตัดสินใจ

## Footer
footer-about = lmip เป็นซอฟต์แวร์โอเพนซอร์สที่ใช้ได้ฟรี ดำเนินการโดยกระทรวงแรงงาน องค์กรระดับภูมิภาค และองค์กรพัฒนาเอกชน
footer-privacy = เราเก็บข้อมูลส่วนบุคคลให้น้อยที่สุดเท่าที่ทำได้

## Errors
error-not-found-title = ไม่พบหน้านี้
error-not-found-body = เราไม่พบหน้านี้ หน้านี้อาจย้ายไปแล้ว หรือที่อยู่อาจไม่ถูกต้อง
error-server-title = เกิดข้อผิดพลาด
error-server-body = นี่เป็นความผิดพลาดของเรา ไม่ใช่ของคุณ กรุณาลองใหม่อีกครั้งในอีกสักครู่
error-unavailable-title = ยังใช้งานไม่ได้ในขณะนี้
error-unavailable-body = พอร์ทัลยังตอบไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่
error-bad-request-title = เราไม่เข้าใจคำขอนี้
error-bad-request-body = กรุณาตรวจสอบที่อยู่หรือแบบฟอร์ม แล้วลองใหม่อีกครั้ง
error-go-home = ไปที่หน้าแรก
error-reference = รหัสอ้างอิง: { $id }
untranslated-note = ยังไม่ได้แปลเป็นภาษาของคุณ

## Accounts and back office
account-sign-in-title = เข้าสู่ระบบ
account-sign-in-intro = สำหรับเจ้าหน้าที่ของกระทรวง สหภาพแรงงาน องค์กรพัฒนาเอกชน และองค์กรอื่นที่ดูแลพอร์ทัลนี้
account-email = ที่อยู่อีเมล
account-password = รหัสผ่าน
account-sign-in = เข้าสู่ระบบ
account-set-password-title = ตั้งรหัสผ่านของคุณ
account-set-password-rules = ใช้อย่างน้อย 12 ตัวอักษร คำหลายคำที่ไม่เกี่ยวกันจะเป็นรหัสผ่านที่แข็งแรงและจำง่าย
account-password-repeat = รหัสผ่านเดิมอีกครั้ง
account-save-password = บันทึกรหัสผ่าน
account-password-saved = บันทึกรหัสผ่านแล้ว คุณเข้าสู่ระบบได้ตอนนี้
account-sign-out = ออกจากระบบ
account-sessions-title = อุปกรณ์ที่คุณเข้าสู่ระบบอยู่
account-sessions-device = เบราว์เซอร์
account-sessions-started = เข้าสู่ระบบเมื่อ
account-sessions-last-seen = ใช้งานล่าสุด
account-sessions-current = เบราว์เซอร์นี้
account-sign-out-everywhere = ออกจากระบบทุกที่
account-error-too-short = รหัสผ่านสั้นเกินไป ใช้อย่างน้อย 12 ตัวอักษร
account-error-too-long = รหัสผ่านยาวเกินไป ใช้ไม่เกิน 128 ตัวอักษร
account-error-common = รหัสผ่านนี้เป็นรหัสที่คนใช้กันมาก ซึ่งผู้โจมตีจะลองก่อน กรุณาเลือกรหัสอื่น
account-error-differ = รหัสผ่านทั้งสองช่องไม่ตรงกัน
account-error-throttled = ลองหลายครั้งเกินไป กรุณารอ { $minutes } นาทีแล้วลองใหม่
account-error-credentials = ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง
office-title = ระบบหลังบ้าน
office-signed-in-as = เข้าสู่ระบบในชื่อ { $email }
office-roles = องค์กรและบทบาทของคุณ
office-no-roles = คุณยังไม่มีบทบาทในองค์กรใด กรุณาติดต่อผู้ดูแลระบบ
office-queues = รายการงานของคุณ (เนื้อหาที่ต้องตรวจ ข้อมูลสถิติที่ส่งมา และเรื่องร้องเรียน) จะแสดงที่นี่
error-forbidden-title = ส่งแบบฟอร์มนี้ไม่ได้
error-forbidden-body = แบบฟอร์มหมดอายุหรือไม่ได้มาจากเว็บไซต์นี้ กรุณากลับไป โหลดหน้าใหม่ แล้วลองอีกครั้ง
audit-title = บันทึกการตรวจสอบ
audit-intro = ทุกการเปลี่ยนแปลงและการเข้าสู่ระบบตามลำดับ เชื่อมต่อกันเพื่อให้เห็นการแก้ไขโดยมิชอบ ตรวจสอบได้ด้วยคำสั่ง: lmip audit verify
audit-action = การกระทำขึ้นต้นด้วย
audit-entity = ประเภทข้อมูล
audit-filter = กรอง
audit-when = เวลา (UTC)
audit-who = ผู้กระทำ
audit-what = การกระทำ
audit-details = รายละเอียด
audit-older = รายการก่อนหน้า
account-error-link = ใช้ลิงก์นี้ไม่ได้ ลิงก์อาจหมดอายุหรือถูกใช้ไปแล้ว ขอลิงก์ใหม่ได้ที่ "ลืมรหัสผ่าน?" ในหน้าเข้าสู่ระบบ หรือขอจากผู้ดูแลระบบ
account-forgot-link = ลืมรหัสผ่าน?
account-forgot-title = ตั้งรหัสผ่านใหม่
account-forgot-intro = กรอกที่อยู่อีเมลของบัญชีของคุณ เราจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ให้ ลิงก์ใช้ได้ 30 นาที
account-forgot-send = ส่งลิงก์
account-forgot-sent = หากที่อยู่นี้มีบัญชีอยู่ ลิงก์กำลังส่งไปถึงคุณ กรุณาตรวจดูอีเมล รวมทั้งโฟลเดอร์สแปม ลิงก์ใช้ได้ 30 นาที
account-error-email = นี่ไม่ใช่ที่อยู่อีเมล กรุณาตรวจสอบแล้วลองใหม่
account-code-title = กรอกรหัส
account-code-intro = เปิดแอปยืนยันตัวตนในโทรศัพท์ แล้วกรอกรหัส 6 หลักที่แอปแสดงสำหรับเว็บไซต์นี้
account-code = รหัส 6 หลัก
account-error-code = รหัสนี้ไม่ถูกต้องหรือถูกใช้ไปแล้ว กรุณารอรหัสถัดไปแล้วกรอกใหม่
account-error-sign-in-expired = การเข้าสู่ระบบใช้เวลานานเกินไป กรุณาเริ่มใหม่ด้วยรหัสผ่าน
account-confirm-title = กรอกรหัสผ่านอีกครั้ง
account-confirm-intro = สำหรับการเปลี่ยนแปลงนี้ กรุณากรอกรหัสผ่านอีกครั้ง เราจะถามเมื่อคุณเข้าสู่ระบบมานานกว่า 15 นาที
account-confirm = ดำเนินการต่อ
account-two-factor-title = การยืนยันตัวตนขั้นที่สอง
account-two-factor-intro = การยืนยันตัวตนขั้นที่สองช่วยปกป้องบัญชีของคุณ แม้มีคนรู้รหัสผ่านของคุณ ติดตั้งแอปยืนยันตัวตนในโทรศัพท์ สแกนรหัสนี้ แล้วกรอกรหัส 6 หลักที่แอปแสดง
account-two-factor-secret = หากสแกนไม่ได้ ให้พิมพ์คีย์นี้ลงในแอป:
account-two-factor-turn-on = เปิดใช้
account-two-factor-turn-off = ปิดใช้
account-two-factor-is-on = บัญชีของคุณใช้การยืนยันตัวตนขั้นที่สองอยู่ หากต้องการปิด กรุณากรอกรหัสจากแอป
account-two-factor-on = เปิดใช้การยืนยันตัวตนขั้นที่สองแล้ว ต่อไปคุณจะต้องกรอกรหัสเมื่อเข้าสู่ระบบ
account-two-factor-off = ปิดการยืนยันตัวตนขั้นที่สองแล้ว
account-two-factor-required = องค์กรของคุณกำหนดให้ใช้การยืนยันตัวตนขั้นที่สอง กรุณาตั้งค่าตอนนี้เพื่อใช้งานต่อ
account-error-second-factor-mandatory = องค์กรของคุณกำหนดให้ใช้การยืนยันตัวตนขั้นที่สอง จึงปิดไม่ได้
role-admin = ผู้ดูแลระบบ
role-editor = บรรณาธิการ
role-reviewer = ผู้ตรวจทาน
role-stats-focal-point = ผู้ประสานงานด้านสถิติ
role-stats-approver = ผู้อนุมัติข้อมูลสถิติ
role-caseworker = เจ้าหน้าที่ดูแลเรื่องร้องเรียน
role-case-supervisor = หัวหน้าผู้ดูแลเรื่องร้องเรียน
role-agency-rep = ตัวแทนบริษัทจัดหางาน
role-unknown = บทบาทที่ไม่รู้จัก
org-kind-ministry = กระทรวง
org-kind-overseas-employment-agency = หน่วยงานจัดส่งแรงงานไปต่างประเทศ
org-kind-embassy = สถานทูตหรือสำนักงานแรงงานในต่างประเทศ
org-kind-statistics-office = สำนักงานสถิติ
org-kind-trade-union = สหภาพแรงงาน
org-kind-ngo = องค์กรพัฒนาเอกชน
org-kind-resource-centre = ศูนย์ช่วยเหลือแรงงานข้ามชาติ
org-kind-recruitment-agency = บริษัทจัดหางาน
org-kind-employer = นายจ้าง
org-kind-regional-body = องค์กรระดับภูมิภาค
org-kind-operator = ผู้ดำเนินการเว็บไซต์
office-error-last-admin = นี่คือผู้ดูแลระบบคนสุดท้ายขององค์กร กรุณาแต่งตั้งผู้ดูแลระบบคนอื่นก่อน
office-error-not-member = บุคคลนี้ไม่ใช่สมาชิกขององค์กร กรุณาส่งคำเชิญแทน
office-error-name = กรุณาตั้งชื่อยาว 1 ถึง 200 ตัวอักษร
office-error-token-roles = เลือกอย่างน้อยหนึ่งบทบาท โทเคนเป็นผู้ดูแลระบบไม่ได้
office-error-token-name = ตั้งชื่อโทเคนยาว 1 ถึง 100 ตัวอักษร บอกว่าโปรแกรมใดใช้
office-error-slug = ชื่อย่อใช้ได้เฉพาะอักษรภาษาอังกฤษตัวเล็ก a-z ตัวเลข และขีดกลาง 2 ถึง 40 ตัว เช่น dol-thailand
office-error-country = ใช้รหัสประเทศสองตัวอักษร เช่น TH หรือ KH หรือเว้นว่างไว้
office-error-choice = ตัวเลือกหนึ่งไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง
office-error-taken = ชื่อย่อนี้มีผู้ใช้แล้ว กรุณาเลือกชื่ออื่น
office-organisations-title = องค์กร
office-new-organisation = เพิ่มองค์กร
office-org-name = ชื่อเต็ม
office-org-slug = ชื่อย่อ (สำหรับที่อยู่เว็บ)
office-org-kind = ประเภท
office-org-country = รหัสประเทศ (ไม่บังคับ)
office-create = เพิ่ม
office-members = สมาชิก
office-member-roles = บทบาท
office-status-invited = ได้รับเชิญแล้ว
office-withdraw = นำออก
office-grant = เพิ่มบทบาท
office-invite = เชิญบุคคล
office-invite-intro = เราจะส่งลิงก์เข้าร่วมทางอีเมล หากยังไม่มีบัญชี ลิงก์จะให้ตั้งรหัสผ่าน ลิงก์ใช้ได้ 7 วัน
office-role = บทบาท
office-invite-send = ส่งคำเชิญ
office-second-factor-required = สมาชิกต้องใช้การยืนยันตัวตนขั้นที่สอง
office-second-factor-optional-now = สมาชิกจะใช้การยืนยันตัวตนขั้นที่สองหรือไม่ก็ได้
office-second-factor-require = บังคับใช้การยืนยันตัวตนขั้นที่สอง
office-second-factor-optional = ให้เป็นทางเลือก
office-tokens = โทเคน API
office-tokens-intro = โทเคนให้โปรแกรม เช่น สคริปต์ส่งข้อมูลสถิติ ใช้เว็บไซต์ในนามองค์กรนี้ได้ แต่ละโทเคนมีเฉพาะบทบาทที่คุณเลือก
office-token-name = ใช้โดยอะไร
office-token-last-used = ใช้ล่าสุด
office-token-revoked = ยกเลิกแล้ว
office-token-revoke = ยกเลิก
office-token-create = สร้างโทเคน
office-token-once = คัดลอกโทเคนนี้ตอนนี้และเก็บไว้ให้ปลอดภัย จะไม่แสดงอีก
office-token-made = สร้างโทเคนแล้ว
office-invited = ส่งคำเชิญแล้ว
office-saved = บันทึกแล้ว
office-administer = องค์กรที่คุณดูแล
office-your-account = บัญชีของคุณ
mail-reset-subject = ตั้งรหัสผ่านใหม่
mail-reset-body =
    มีผู้ขอตั้งรหัสผ่านใหม่สำหรับบัญชีของคุณในเว็บไซต์นี้
    หากเป็นคุณ กรุณาเปิดลิงก์นี้ภายใน { $minutes } นาที:
    
    { $link }
    
    หากไม่ใช่คุณ ไม่ต้องทำอะไร รหัสผ่านของคุณไม่ได้เปลี่ยน
mail-invite-subject = คุณได้รับเชิญให้เข้าร่วม { $org }
mail-invite-body =
    คุณได้รับเชิญให้เข้าร่วม { $org } ในเว็บไซต์ข้อมูลการย้ายถิ่นเพื่อทำงาน ในบทบาท { $role }
    เปิดลิงก์นี้เพื่อตั้งรหัสผ่าน ลิงก์ใช้ได้ถึง { $expires }:
    
    { $link }
    
    หากคุณไม่ได้คาดว่าจะได้รับข้อความนี้ ไม่ต้องทำอะไร
mail-role-added-subject = คุณมีบทบาทใหม่ใน { $org }
mail-role-added-body =
    ตอนนี้คุณมีบทบาท { $role } ใน { $org } ในเว็บไซต์ข้อมูลการย้ายถิ่นเพื่อทำงาน
    เข้าสู่ระบบที่นี่:
    
    { $link }

# Statistics submissions (back office).
office-statistics = การส่งข้อมูลสถิติ
stats-submissions-title = การส่งข้อมูลสถิติ
stats-upload-for = ส่งข้อมูลสถิติของ { $org }
stats-upload-intro = เลือกตารางและปี แล้วเลือกไฟล์: แบบสอบถาม XLSX, CSV (รูปแบบ SDMX-CSV หรือ ILOSTAT) หรือ SDMX-ML ระบบจะตรวจสอบและแสดงรายงาน จะไม่มีการเผยแพร่จนกว่าผู้อนุมัติจะยอมรับ
stats-flow = ตาราง
stats-period = ปี
stats-period-help = ปีเดียว เช่น 2024 หรือช่วงปี เช่น 2020-2024
stats-encoding = การเข้ารหัสข้อความ
stats-encoding-auto = ตรวจหาอัตโนมัติ
stats-file = ไฟล์
stats-upload = ส่งและตรวจสอบ
stats-recent = การส่งล่าสุด
stats-none = ยังไม่มีการส่งข้อมูล
stats-submitted-at = ส่งเมื่อ
stats-organisation = หน่วยงาน
stats-status = สถานะ
stats-format = ประเภทไฟล์
stats-counts = จำนวน
stats-observations = { $n } ค่า
stats-errors = ข้อผิดพลาด { $n } รายการ
stats-warnings = คำเตือน { $n } รายการ
stats-report = รายงานการตรวจสอบ
stats-report-clean = ไม่พบปัญหา
stats-severity = ประเภท
stats-where = ตำแหน่ง
stats-what = รายละเอียด
stats-error = ข้อผิดพลาด
stats-warning = คำเตือน
stats-sheet = แผ่นงาน
stats-row = แถว
stats-column = คอลัมน์
stats-preview = ค่าแรก ๆ
stats-series = อนุกรม
stats-value = ค่า
stats-decide = การตัดสินใจ
stats-accept-warnings = ฉันได้อ่านคำเตือนแล้วและยอมรับ
stats-publish = เผยแพร่
stats-reject-reason = เหตุผลสำหรับผู้ส่ง (ไม่บังคับ)
stats-reject = ส่งกลับ
stats-status-waiting = รอผู้อนุมัติ
stats-status-errors = มีข้อผิดพลาด: ส่งไฟล์ที่แก้ไขแล้ว
stats-status-released = เผยแพร่แล้ว
stats-status-rejected = ส่งกลับแล้ว
stats-done-released = เผยแพร่เป็นฉบับใหม่แล้ว
stats-done-rejected = ส่งกลับไปยังผู้ส่งแล้ว
stats-error-flow = เลือกตารางจากรายการ
stats-error-period = ระบุปีเดียว เช่น 2024 หรือช่วงปี เช่น 2020-2024
stats-error-encoding = เลือกการเข้ารหัสข้อความจากรายการ
stats-error-decided = มีผู้ตัดสินใจเกี่ยวกับการส่งนี้แล้ว
stats-error-has-errors = ไฟล์นี้มีข้อผิดพลาด ไม่สามารถเผยแพร่ได้ กรุณาส่งกลับ
stats-error-accept-warnings = ไฟล์นี้มีคำเตือน ทำเครื่องหมายในช่องเพื่อยอมรับก่อนเผยแพร่
stats-error-own = คุณเป็นผู้ส่งไฟล์นี้เอง ผู้อนุมัติคนอื่นต้องเป็นผู้ตัดสินใจ
stats-error-no-file = เลือกไฟล์ที่จะส่ง
stats-problem-too-large = ไฟล์ใหญ่เกิน { $limit } MB แบ่งเป็นไฟล์ที่เล็กลง
stats-problem-too-many-rows = ไฟล์มีมากกว่า { $limit } แถว แบ่งเป็นไฟล์ที่เล็กลง
stats-problem-too-many-columns = ไฟล์มีมากกว่า { $limit } คอลัมน์
stats-problem-field-too-long = เซลล์นี้ยาวเกิน { $limit } ตัวอักษร
stats-problem-unreadable = อ่านไฟล์ไม่ได้: { $reason }
stats-problem-bad-encoding = ข้อความตรงนี้ไม่ใช่ { $encoding } เลือกการเข้ารหัสของไฟล์ (ภาษาไทยมักเป็น Windows-874 ภาษาเวียดนามเป็น Windows-1258) แล้วส่งใหม่
stats-problem-unsupported-format = อ่านไฟล์นี้ที่นี่ไม่ได้ ({ $format }) บันทึกตารางเป็น CSV UTF-8 แล้วส่งไฟล์นั้น
stats-problem-unknown-layout = หัวคอลัมน์ ({ $columns }) ไม่ใช่รูปแบบ SDMX-CSV หรือ ILOSTAT
stats-problem-missing-column = ไม่มีคอลัมน์ { $column }
stats-problem-unknown-column = คอลัมน์ { $column } ไม่ได้อยู่ในตารางนี้ กรุณาลบออก
stats-problem-repeated-column = มีคอลัมน์ { $column } ซ้ำสองครั้ง
stats-problem-ragged-row = แถวนี้มี { $found } เซลล์ แต่หัวคอลัมน์มี { $expected }
stats-problem-unbalanced-quote = มีเครื่องหมายคำพูดเปิดตรงนี้แต่ไม่มีปิด
stats-problem-wrong-flow = ไฟล์นี้เป็นของ { $found } ไม่ใช่ของ { $expected }
stats-problem-unsupported-action = ใช้คำสั่ง { $action } ที่นี่ไม่ได้ ใช้ I (เพิ่ม) หรือ R (แทนที่)
stats-problem-xml-doctype = XML นี้มีการประกาศชนิดเอกสาร เพื่อความปลอดภัยจึงไม่รับไฟล์แบบนี้
stats-problem-xml-namespace = XML นี้ไม่ใช่ SDMX-ML 2.1 (namespace คือ { $found })
stats-problem-xml-malformed = XML เสียตรงนี้: { $reason }
stats-problem-not-sdmx-data = XML นี้เป็นข้อความแบบ { $root } ไม่ใช่ข้อมูล SDMX
stats-problem-no-data = ไฟล์ไม่มีค่าใด ๆ
stats-problem-unknown-code = { $code } ไม่ใช่รหัสของ { $component }
stats-problem-duplicate-key = { $key } ของ { $period } มีอยู่แล้วในแถว { $first_row }
stats-problem-not-a-number = { $value } ไม่ใช่ตัวเลข
stats-problem-negative = { $value } ติดลบ จำนวนต้องไม่ต่ำกว่าศูนย์
stats-problem-missing-value = ค่าว่างอยู่ ใส่ตัวเลข หรือสถานะการสังเกตที่บอกว่าทำไมจึงไม่มีค่า
stats-problem-bad-period = { $value } ไม่ใช่ช่วงเวลาของความถี่ { $frequency } (ปีเขียนแบบ 2024)
stats-problem-period-out-of-range = { $value } อยู่นอกปีของการส่งนี้ ({ $first } ถึง { $last })
stats-problem-missing-attribute = ต้องมี { $attribute } แต่ไม่มีค่า
stats-problem-conflicting-attribute = { $attribute } เป็น { $first } ในแถวก่อนหน้าของอนุกรมนี้ แต่เป็น { $found } ตรงนี้
stats-problem-total-mismatch = ยอดรวมของ { $key } ปี { $period } คือ { $total } แต่ผลรวมของส่วนย่อยคือ { $parts }
stats-problem-jump = { $key } ปี { $period } คือ { $value } ตัวเลขที่เผยแพร่แล้วคือ { $previous } (ต่างกัน { $factor } เท่า)
stats-problem-more-of-the-same = ยังมีอีก { $more } รายการแบบเดียวกับข้างบนที่ไม่ได้แสดง แก้ไขรายการเหล่านั้นแล้วส่งไฟล์อีกครั้ง
stats-problem-not-a-questionnaire = สมุดงานนี้ไม่ใช่แบบสอบถามของ lmip: ไม่มีแผ่นงาน { $sheet } ที่มีตาราง กรุณาสร้างแบบสอบถามจากแม่แบบแล้วกรอกข้อมูลในนั้น
stats-problem-archive-bomb = สมุดงานนี้แตกไฟล์ออกมาเป็นข้อมูลมากเกินกว่าที่แบบสอบถามจะมีได้ จึงถูกปฏิเสธเพื่อความปลอดภัย
stats-template-instructions = วิธีกรอกแบบสอบถามนี้
stats-template-step-for = แบบสอบถามนี้สำหรับตาราง { $flow } ของ { $country } ปี { $year } อย่าเปลี่ยนค่าที่ด้านบนของแผ่นตารางหรือหัวคอลัมน์
stats-template-step-rows = เขียนหนึ่งแถวต่อหนึ่งประเทศ: เลือกประเทศในคอลัมน์แรกจากรายการ
stats-template-step-numbers = เขียนเฉพาะจำนวนคน ไม่มีช่องว่างหรือเครื่องหมายคั่นหลักพัน เว้นเซลล์ว่างไว้หากไม่ทราบค่า
stats-template-step-totals = ยอดรวมต้องเท่ากับผลรวมของส่วนย่อย (ชายและหญิง)
stats-template-step-send = ส่งไฟล์จากระบบหลังบ้าน ในเมนูการส่งข้อมูลสถิติ คุณจะได้รับรายงานที่แสดงแต่ละปัญหาและตำแหน่งของปัญหา
stats-template-flow = ตาราง
stats-template-frequency = ความถี่
stats-template-country = ประเทศ
stats-template-year = ปี
stats-template-unit = หน่วย
stats-template-partner = ประเทศคู่
stats-template-value = ค่า
stats-template-note = หมายเหตุ

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = แรงงานข้ามชาติที่อาศัยในต่างประเทศ (จำนวนสะสม)
stats-flow-mig-outflow = คนสัญชาติที่ไปทำงานต่างประเทศ
stats-flow-mig-inflow = แรงงานข้ามชาติที่เข้ามา
stats-flow-mig-return = แรงงานข้ามชาติที่กลับบ้าน
stats-flow-remit = เงินส่งกลับ
stats-flow-complaints = เรื่องร้องเรียนของแรงงานข้ามชาติ
stats-unit-persons = คน
stats-unit-thousand-persons = พันคน
stats-unit-usd = ดอลลาร์สหรัฐ
stats-unit-million-usd = ล้านดอลลาร์สหรัฐ
stats-profile-abroad = คนของประเทศนี้ที่อาศัยในต่างประเทศ แยกตามประเทศ
stats-profile-migrants = ผู้ย้ายถิ่นที่อาศัยที่นี่ แยกตามประเทศต้นทาง
stats-profile-departures = ผู้ไปทำงานต่างประเทศ แยกตามประเทศปลายทาง
stats-profile-remittances = เงินส่งกลับที่ได้รับ แยกตามประเทศที่ส่ง
stats-explorer-title = สถิติ
stats-explorer-intro = ตัวเลขทางการเกี่ยวกับแรงงานข้ามชาติ เลือกสิ่งที่ต้องการดูแล้วกดแสดง คุณสามารถดาวน์โหลดตัวเลขหรือแชร์ลิงก์ได้
stats-area = ประเทศ
stats-partner = ประเทศคู่
stats-all-partners = ประเทศคู่ทั้งหมด
stats-breakdown = กลุ่ม
stats-from = ตั้งแต่ปี
stats-to = ถึงปี
stats-show = แสดง
stats-no-figures = ยังไม่มีตัวเลขสำหรับตัวเลือกนี้
stats-unit = หน่วย
stats-sources = แหล่งที่มา
stats-download-csv = ดาวน์โหลดตัวเลขเหล่านี้ (CSV)
stats-download-xlsx = ดาวน์โหลดตัวเลขเหล่านี้ (Excel)
stats-permalink = ลิงก์ไปยังมุมมองนี้
stats-sdmx-query = ข้อมูลเดียวกันสำหรับซอฟต์แวร์สถิติ (SDMX)
stats-country-profile = ข้อมูลประเทศ
stats-total = รวม
stats-explore-more = ดูตัวเลขทั้งหมด
stats-template-title = แบบสอบถาม
stats-template-intro = ดาวน์โหลดแบบสอบถาม Excel สำหรับตารางและปี กรอกข้อมูล แล้วส่งกลับด้วยแบบฟอร์มด้านบน
stats-template-download = ดาวน์โหลดแบบสอบถาม (Excel)
stats-country-code = ประเทศ (รหัสสองตัวอักษร เช่น KH)
stats-error-country = ระบุรหัสสองตัวอักษรของประเทศที่ตัวเลขนี้เป็นของ เช่น KH หรือ TH
