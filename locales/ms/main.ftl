# lmip: teks antara muka dalam bahasa Melayu

site-name = lmip
site-tagline = Portal Maklumat Migrasi Pekerja
skip-to-content = Langkau ke kandungan utama
language-label = Bahasa
language-choose = Pilih bahasa anda

## Navigation
nav-label = Menu utama
nav-home = Laman utama
nav-corridors = Negara dan laluan
nav-agencies = Semak agensi
nav-jobs = Pekerjaan
nav-help = Dapatkan bantuan
nav-complaints = Aduan
nav-statistics = Statistik

## Home page
home-title = Bekerja di luar negara dengan selamat
home-intro = Maklumat percuma yang telah disemak, untuk orang yang bekerja di luar negara, keluarga mereka dan majikan.
home-sections = Apa yang anda perlukan?
home-corridors-desc = Langkah, dokumen dan kos yang sah untuk pergi dari negara anda ke negara lain.
home-agencies-desc = Adakah agensi pengambilan pekerja berlesen? Adakah ia selamat?
home-jobs-desc = Tawaran kerja dan program kerajaan yang telah disemak.
home-help-desc = Talian bantuan, kedutaan, kesatuan sekerja dan pusat yang membantu pekerja.
home-complaints-desc = Laporkan masalah dan ikuti kes anda, termasuk merentasi sempadan.
home-statistics-desc = Angka rasmi pekerja migran, mengikut negara dan jantina.
home-trust = Setiap halaman menunjukkan sumber maklumatnya dan tarikh ia terakhir disemak.
home-urgent = Dalam bahaya sekarang? Hubungi polis atau talian bantuan di negara tempat anda berada.

## Sections that are not ready yet
section-building = Bahagian portal ini sedang dibina. Sila kembali tidak lama lagi.

## Sample data
sample-banner = Data contoh: portal ini memaparkan maklumat contoh untuk ujian. Jangan bergantung padanya.

## Footer
footer-about = lmip ialah perisian sumber terbuka percuma yang dikendalikan oleh kementerian sumber manusia, badan serantau dan NGO.
footer-privacy = Kami mengumpul data peribadi sesedikit yang mungkin.

## Errors
error-not-found-title = Halaman tidak dijumpai
error-not-found-body = Kami tidak menjumpai halaman ini. Ia mungkin telah dipindahkan, atau alamatnya salah.
error-server-title = Berlaku masalah
error-server-body = Ini kesilapan kami, bukan kesilapan anda. Sila cuba lagi dalam beberapa minit.
error-unavailable-title = Tidak tersedia buat masa ini
error-unavailable-body = Portal tidak dapat menjawab buat masa ini. Sila cuba lagi dalam beberapa minit.
error-bad-request-title = Kami tidak memahami permintaan ini
error-bad-request-body = Sila semak alamat atau borang, kemudian cuba lagi.
error-go-home = Ke laman utama
error-reference = Rujukan: { $id }
untranslated-note = Belum diterjemahkan ke dalam bahasa anda

## Accounts and back office
account-sign-in-title = Log masuk
account-sign-in-intro = Untuk kakitangan kementerian, kesatuan sekerja, NGO dan organisasi lain yang menyelenggara portal ini.
account-email = Alamat e-mel
account-password = Kata laluan
account-sign-in = Log masuk
account-set-password-title = Pilih kata laluan anda
account-set-password-rules = Gunakan sekurang-kurangnya 12 aksara. Beberapa perkataan yang tidak berkaitan menjadikan kata laluan yang kukuh dan mudah diingat.
account-password-repeat = Kata laluan yang sama sekali lagi
account-save-password = Simpan kata laluan
account-password-saved = Kata laluan anda telah disimpan. Anda boleh log masuk sekarang.
account-sign-out = Log keluar
account-sessions-title = Tempat anda sedang log masuk
account-sessions-device = Pelayar
account-sessions-started = Log masuk pada
account-sessions-last-seen = Kali terakhir aktif
account-sessions-current = pelayar ini
account-sign-out-everywhere = Log keluar di semua tempat
account-error-too-short = Kata laluan terlalu pendek: gunakan sekurang-kurangnya 12 aksara.
account-error-too-long = Kata laluan terlalu panjang: gunakan tidak lebih daripada 128 aksara.
account-error-common = Kata laluan ini antara yang paling biasa, yang dicuba dahulu oleh penyerang. Pilih yang lain.
account-error-differ = Kedua-dua kata laluan tidak sama.
account-error-throttled = Terlalu banyak cubaan. Tunggu { $minutes } minit dan cuba lagi.
account-error-credentials = Alamat e-mel atau kata laluan tidak betul.
office-title = Pejabat belakang
office-signed-in-as = Log masuk sebagai { $email }
office-roles = Organisasi dan peranan anda
office-no-roles = Anda belum mempunyai peranan dalam mana-mana organisasi. Tanya pentadbir.
office-queues = Senarai kerja anda (kandungan untuk disemak, serahan statistik dan kes) akan dipaparkan di sini.
error-forbidden-title = Borang ini tidak boleh dihantar
error-forbidden-body = Borang telah tamat tempoh atau tidak datang dari laman ini. Kembali, muat semula halaman dan cuba lagi.
audit-title = Log audit
audit-intro = Setiap perubahan dan log masuk, mengikut urutan, dirantai supaya sebarang usikan kelihatan. Semak rantai dengan: lmip audit verify
audit-action = Tindakan bermula dengan
audit-entity = Jenis rekod
audit-filter = Tapis
audit-when = Masa (UTC)
audit-who = Siapa
audit-what = Apa
audit-details = Butiran
audit-older = Entri lebih lama
account-error-link = Pautan ini tidak boleh digunakan: mungkin telah tamat tempoh atau telah digunakan. Minta pautan baharu melalui "Lupa kata laluan?" di halaman log masuk, atau minta daripada pentadbir.
account-forgot-link = Lupa kata laluan?
account-forgot-title = Tetapkan kata laluan baharu
account-forgot-intro = Masukkan alamat e-mel akaun anda. Kami akan menghantar pautan untuk menetapkan kata laluan baharu. Pautan sah selama 30 minit.
account-forgot-send = Hantar pautan
account-forgot-sent = Jika alamat ini mempunyai akaun, pautan sedang dihantar. Semak e-mel anda, termasuk folder spam. Pautan sah selama 30 minit.
account-error-email = Ini bukan alamat e-mel. Semak dan cuba lagi.
account-code-title = Masukkan kod
account-code-intro = Buka aplikasi pengesah pada telefon anda dan masukkan kod 6 digit yang dipaparkan untuk portal ini.
account-code = Kod 6 digit
account-error-code = Kod ini salah atau telah digunakan. Tunggu kod seterusnya dan masukkan.
account-error-sign-in-expired = Log masuk mengambil masa terlalu lama. Mulakan semula dengan kata laluan anda.
account-confirm-title = Masukkan kata laluan sekali lagi
account-confirm-intro = Untuk perubahan ini, sila masukkan kata laluan anda sekali lagi. Kami bertanya apabila anda log masuk lebih daripada 15 minit yang lalu.
account-confirm = Teruskan
account-two-factor-title = Pengesahan dua langkah
account-two-factor-intro = Pengesahan dua langkah melindungi akaun anda walaupun orang lain mengetahui kata laluan anda. Pasang aplikasi pengesah pada telefon, imbas kod ini, kemudian masukkan kod 6 digit yang dipaparkan.
account-two-factor-secret = Jika tidak dapat mengimbas, taip kunci ini dalam aplikasi:
account-two-factor-turn-on = Hidupkan
account-two-factor-turn-off = Matikan
account-two-factor-is-on = Akaun anda menggunakan pengesahan dua langkah. Untuk mematikannya, masukkan kod daripada aplikasi.
account-two-factor-on = Pengesahan dua langkah dihidupkan. Mulai sekarang anda akan memasukkan kod semasa log masuk.
account-two-factor-off = Pengesahan dua langkah dimatikan.
account-two-factor-required = Organisasi anda mewajibkan pengesahan dua langkah. Tetapkannya sekarang untuk meneruskan.
account-error-second-factor-mandatory = Organisasi anda mewajibkan pengesahan dua langkah, jadi ia tidak boleh dimatikan.
role-admin = Pentadbir
role-editor = Editor
role-reviewer = Penyemak
role-stats-focal-point = Pegawai penghubung statistik
role-stats-approver = Pelulus statistik
role-caseworker = Pegawai kes
role-case-supervisor = Penyelia kes
role-agency-rep = Wakil agensi pengambilan
role-unknown = Peranan tidak diketahui
org-kind-ministry = Kementerian
org-kind-overseas-employment-agency = Agensi pekerjaan luar negara
org-kind-embassy = Kedutaan atau atase buruh
org-kind-statistics-office = Jabatan perangkaan
org-kind-trade-union = Kesatuan sekerja
org-kind-ngo = Pertubuhan bukan kerajaan
org-kind-resource-centre = Pusat sumber pekerja migran
org-kind-recruitment-agency = Agensi pengambilan
org-kind-employer = Majikan
org-kind-regional-body = Badan serantau
org-kind-operator = Pengendali portal
office-error-last-admin = Ini pentadbir terakhir organisasi. Jadikan orang lain pentadbir terlebih dahulu.
office-error-not-member = Orang ini bukan ahli organisasi. Jemput mereka sebaliknya.
office-error-name = Berikan nama sepanjang 1 hingga 200 aksara.
office-error-token-roles = Pilih sekurang-kurangnya satu peranan. Token tidak boleh menjadi pentadbir.
office-error-token-name = Berikan token nama sepanjang 1 hingga 100 aksara yang menyatakan program yang menggunakannya.
office-error-slug = Nama pendek hanya boleh mengandungi 2 hingga 40 huruf kecil a-z, digit dan tanda sempang, contohnya dol-thailand.
office-error-country = Gunakan kod negara dua huruf, contohnya TH atau KH, atau biarkan kosong.
office-error-choice = Salah satu pilihan tidak sah. Muat semula halaman dan cuba lagi.
office-error-taken = Nama pendek ini telah digunakan. Pilih yang lain.
office-organisations-title = Organisasi
office-new-organisation = Tambah organisasi
office-org-name = Nama penuh
office-org-slug = Nama pendek (untuk alamat web)
office-org-kind = Jenis
office-org-country = Kod negara (pilihan)
office-create = Tambah
office-members = Ahli
office-member-roles = Peranan
office-status-invited = telah dijemput
office-withdraw = Buang
office-grant = Tambah peranan
office-invite = Jemput seseorang
office-invite-intro = Kami akan menghantar e-mel dengan pautan untuk menyertai. Jika belum mempunyai akaun, pautan itu untuk menetapkan kata laluan; ia sah selama 7 hari.
office-role = Peranan
office-invite-send = Hantar jemputan
office-second-factor-required = Ahli mesti menggunakan pengesahan dua langkah.
office-second-factor-optional-now = Pengesahan dua langkah adalah pilihan bagi ahli.
office-second-factor-require = Wajibkan pengesahan dua langkah
office-second-factor-optional = Jadikan pilihan
office-tokens = Token API
office-tokens-intro = Token membolehkan program, contohnya skrip muat naik statistik, menggunakan portal bagi pihak organisasi ini. Setiap token hanya mempunyai peranan yang anda pilih.
office-token-name = Digunakan oleh
office-token-last-used = Kali terakhir digunakan
office-token-revoked = dibatalkan
office-token-revoke = Batalkan
office-token-create = Cipta token
office-token-once = Salin token ini sekarang dan simpan dengan selamat. Ia tidak akan dipaparkan lagi.
office-token-made = Token telah dicipta.
office-invited = Jemputan telah dihantar.
office-saved = Disimpan.
office-administer = Organisasi yang anda tadbir
office-your-account = Akaun anda
mail-reset-subject = Tetapkan kata laluan baharu
mail-reset-body =
    Seseorang meminta untuk menetapkan kata laluan baharu bagi akaun anda di portal ini.
    Jika itu anda, buka pautan ini dalam masa { $minutes } minit:
    
    { $link }
    
    Jika bukan anda, abaikan mesej ini. Kata laluan anda tidak berubah.
mail-invite-subject = Anda dijemput menyertai { $org }
mail-invite-body =
    Anda dijemput menyertai { $org } di portal migrasi buruh, sebagai { $role }.
    Buka pautan ini untuk menetapkan kata laluan. Ia sah sehingga { $expires }:
    
    { $link }
    
    Jika anda tidak menjangka mesej ini, abaikan sahaja.
mail-role-added-subject = Anda mempunyai peranan baharu dalam { $org }
mail-role-added-body =
    Anda kini mempunyai peranan { $role } dalam { $org } di portal migrasi buruh.
    Log masuk di sini:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Penghantaran data statistik
stats-submissions-title = Penghantaran data statistik
stats-upload-for = Hantar data statistik untuk { $org }
stats-upload-intro = Pilih jadual dan tahun, kemudian failnya: soal selidik XLSX, CSV (format SDMX-CSV atau ILOSTAT) atau SDMX-ML. Kami menyemaknya dan menunjukkan laporan. Tiada apa-apa diterbitkan sehingga pelulus menerimanya.
stats-flow = Jadual
stats-period = Tahun
stats-period-help = Satu tahun, contohnya 2024, atau julat, contohnya 2020-2024.
stats-encoding = Pengekodan teks
stats-encoding-auto = Kesan secara automatik
stats-file = Fail
stats-upload = Hantar dan semak
stats-recent = Penghantaran terkini
stats-none = Belum ada penghantaran.
stats-submitted-at = Dihantar
stats-organisation = Organisasi
stats-status = Status
stats-format = Jenis fail
stats-counts = Bilangan
stats-observations = { $n } nilai
stats-errors = { $n } ralat
stats-warnings = { $n } amaran
stats-report = Laporan semakan
stats-report-clean = Tiada masalah ditemui.
stats-severity = Jenis
stats-where = Di mana
stats-what = Apa
stats-error = Ralat
stats-warning = Amaran
stats-sheet = helaian
stats-row = baris
stats-column = lajur
stats-preview = Nilai pertama
stats-series = Siri
stats-value = Nilai
stats-decide = Keputusan
stats-accept-warnings = Saya telah membaca amaran dan menerimanya.
stats-publish = Terbitkan
stats-reject-reason = Sebab untuk penghantar (pilihan)
stats-reject = Pulangkan
stats-status-waiting = Menunggu pelulus
stats-status-errors = Ada ralat: hantar fail yang telah dibetulkan
stats-status-released = Diterbitkan
stats-status-rejected = Dipulangkan
stats-done-released = Diterbitkan sebagai keluaran baharu.
stats-done-rejected = Dipulangkan kepada penghantar.
stats-error-flow = Pilih jadual daripada senarai.
stats-error-period = Beri satu tahun, contohnya 2024, atau julat, contohnya 2020-2024.
stats-error-encoding = Pilih pengekodan teks daripada senarai.
stats-error-decided = Seseorang telah membuat keputusan tentang penghantaran ini.
stats-error-has-errors = Fail ini mempunyai ralat. Ia tidak boleh diterbitkan. Pulangkannya.
stats-error-accept-warnings = Fail ini mempunyai amaran. Tandakan kotak untuk menerimanya sebelum menerbitkan.
stats-error-own = Anda sendiri yang menghantar fail ini. Pelulus lain mesti membuat keputusan.
stats-error-no-file = Pilih fail untuk dihantar.
stats-problem-too-large = Fail lebih besar daripada { $limit } MB. Bahagikan kepada fail yang lebih kecil.
stats-problem-too-many-rows = Fail mempunyai lebih daripada { $limit } baris. Bahagikan kepada fail yang lebih kecil.
stats-problem-too-many-columns = Fail mempunyai lebih daripada { $limit } lajur.
stats-problem-field-too-long = Sel ini lebih panjang daripada { $limit } aksara.
stats-problem-unreadable = Fail tidak dapat dibaca: { $reason }
stats-problem-bad-encoding = Teks di sini bukan { $encoding }. Pilih pengekodan fail (bahasa Thai biasanya Windows-874, bahasa Vietnam Windows-1258) dan hantar semula.
stats-problem-unsupported-format = Fail ini tidak dapat dibaca di sini ({ $format }). Simpan jadual sebagai CSV UTF-8 dan hantar fail itu.
stats-problem-unknown-layout = Tajuk lajur ({ $columns }) bukan format SDMX-CSV atau ILOSTAT.
stats-problem-missing-column = Lajur { $column } tiada.
stats-problem-unknown-column = Lajur { $column } bukan sebahagian daripada jadual ini. Buang lajur itu.
stats-problem-repeated-column = Lajur { $column } ada dua kali.
stats-problem-ragged-row = Baris ini mempunyai { $found } sel; tajuk mempunyai { $expected }.
stats-problem-unbalanced-quote = Tanda petik dibuka di sini dan tidak pernah ditutup.
stats-problem-wrong-flow = Fail ini untuk { $found }, bukan untuk { $expected }.
stats-problem-unsupported-action = Tindakan { $action } tidak boleh digunakan di sini. Gunakan I (tambah) atau R (ganti).
stats-problem-xml-doctype = XML mempunyai pengisytiharan jenis dokumen. Demi keselamatan, fail sebegini ditolak.
stats-problem-xml-namespace = XML bukan SDMX-ML 2.1 (ruang namanya { $found }).
stats-problem-xml-malformed = XML rosak di sini: { $reason }
stats-problem-not-sdmx-data = XML ini mesej { $root }, bukan data SDMX.
stats-problem-no-data = Fail tidak mempunyai sebarang nilai.
stats-problem-unknown-code = { $code } bukan kod bagi { $component }.
stats-problem-duplicate-key = { $key } untuk { $period } sudah ada di baris { $first_row }.
stats-problem-not-a-number = { $value } bukan nombor.
stats-problem-negative = { $value } negatif. Bilangan tidak boleh kurang daripada sifar.
stats-problem-missing-value = Nilainya kosong. Beri nombor, atau status pemerhatian yang menerangkan sebab ia tiada.
stats-problem-bad-period = { $value } bukan tempoh bagi kekerapan { $frequency } (tahun ditulis seperti 2024).
stats-problem-period-out-of-range = { $value } di luar tahun penghantaran ini ({ $first } hingga { $last }).
stats-problem-missing-attribute = { $attribute } wajib tetapi tiada nilai.
stats-problem-conflicting-attribute = { $attribute } ialah { $first } di baris terdahulu siri ini dan { $found } di sini.
stats-problem-total-mismatch = Jumlah { $key } bagi { $period } ialah { $total }, tetapi bahagiannya berjumlah { $parts }.
stats-problem-jump = { $key } bagi { $period } ialah { $value }; angka yang diterbitkan ialah { $previous } (berbeza { $factor } kali).
stats-problem-more-of-the-same = { $more } lagi penemuan seperti di atas tidak disenaraikan. Betulkan yang di atas dan hantar fail semula.
stats-problem-not-a-questionnaire = Buku kerja ini bukan soal selidik lmip: tiada helaian { $sheet } dengan jadual. Buat soal selidik daripada templat dan isikan soal selidik itu.
stats-problem-archive-bomb = Buku kerja ini terurai kepada data yang jauh lebih banyak daripada yang boleh dimuatkan oleh soal selidik. Ia ditolak demi keselamatan.
stats-template-instructions = Cara mengisi soal selidik ini
stats-template-step-for = Soal selidik ini untuk jadual { $flow }, bagi { $country }, tahun { $year }. Jangan ubah nilai di bahagian atas helaian jadual atau tajuk lajurnya.
stats-template-step-rows = Tulis satu baris bagi setiap negara: pilih negara di lajur pertama daripada senarai.
stats-template-step-numbers = Tulis bilangan orang sahaja, tanpa ruang atau pemisah ribuan. Biarkan sel kosong jika anda tidak tahu nilainya.
stats-template-step-totals = Jumlah mesti sama dengan hasil tambah bahagiannya (lelaki dan perempuan).
stats-template-step-send = Hantar fail dari pejabat belakang, di bawah Penghantaran data statistik. Anda akan menerima laporan yang menunjukkan setiap masalah dan lokasinya.
stats-template-flow = Jadual
stats-template-frequency = Kekerapan
stats-template-country = Negara
stats-template-year = Tahun
stats-template-unit = Unit
stats-template-partner = Negara rakan
stats-template-value = Nilai
stats-template-note = Nota

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Pekerja migran yang tinggal di luar negara (stok)
stats-flow-mig-outflow = Warganegara yang keluar bekerja di luar negara
stats-flow-mig-inflow = Pekerja migran yang tiba
stats-flow-mig-return = Pekerja migran yang pulang
stats-flow-remit = Kiriman wang
stats-flow-complaints = Aduan pekerja migran
stats-unit-persons = orang
stats-unit-thousand-persons = ribu orang
stats-unit-usd = dolar AS
stats-unit-million-usd = juta dolar AS
stats-profile-abroad = Rakyatnya yang tinggal di luar negara, mengikut negara
stats-profile-migrants = Migran yang tinggal di sini, mengikut negara asal
stats-profile-departures = Keluar bekerja di luar negara, mengikut destinasi
stats-profile-remittances = Kiriman wang yang diterima, mengikut negara penghantar
stats-explorer-title = Statistik
stats-explorer-intro = Angka rasmi tentang pekerja migran. Pilih apa yang hendak dilihat dan tekan Tunjuk. Anda boleh memuat turun angka atau berkongsi pautan.
stats-area = Negara
stats-partner = Negara rakan
stats-all-partners = Semua negara rakan
stats-breakdown = Kumpulan
stats-from = Dari tahun
stats-to = Hingga tahun
stats-show = Tunjuk
stats-no-figures = Belum ada angka untuk pilihan ini.
stats-unit = Unit
stats-sources = Sumber
stats-download-csv = Muat turun angka ini (CSV)
stats-download-xlsx = Muat turun angka ini (Excel)
stats-permalink = Pautan ke paparan ini
stats-sdmx-query = Data yang sama untuk perisian statistik (SDMX)
stats-country-profile = Profil negara
stats-total = Jumlah
stats-explore-more = Lihat semua angka
stats-template-title = Soal selidik
stats-template-intro = Muat turun soal selidik Excel untuk satu jadual dan satu tahun, isikan, dan hantar semula dengan borang di atas.
stats-template-download = Muat turun soal selidik (Excel)
stats-country-code = Negara (kod dua huruf, contohnya KH)
stats-error-country = Beri kod dua huruf negara yang angkanya dilaporkan, contohnya KH atau TH.
