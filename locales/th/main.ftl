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
account-error-link = ใช้ลิงก์นี้ไม่ได้ ลิงก์อาจหมดอายุหรือถูกใช้ไปแล้ว กรุณาขอลิงก์ใหม่จากผู้ดูแลระบบ
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
