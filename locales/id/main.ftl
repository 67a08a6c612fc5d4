# lmip: teks antarmuka dalam bahasa Indonesia

site-name = lmip
site-tagline = Portal Informasi Migrasi Tenaga Kerja
skip-to-content = Langsung ke isi utama
language-label = Bahasa
language-choose = Pilih bahasa Anda

## Navigation
nav-label = Menu utama
nav-home = Beranda
nav-corridors = Negara dan rute
nav-agencies = Periksa agen
nav-jobs = Lowongan kerja
nav-help = Cari bantuan
nav-complaints = Pengaduan
nav-statistics = Statistik

## Home page
home-title = Bekerja di luar negeri dengan aman
home-intro = Informasi gratis yang sudah diperiksa, untuk orang yang bekerja di luar negeri, keluarganya, dan pemberi kerja.
home-sections = Apa yang Anda butuhkan?
home-corridors-desc = Langkah, dokumen, dan biaya resmi untuk berangkat dari negara Anda ke negara lain.
home-agencies-desc = Apakah agen penempatan punya izin? Apakah aman?
home-jobs-desc = Lowongan kerja dan program pemerintah yang sudah diperiksa.
home-help-desc = Hotline, kedutaan, serikat pekerja, dan pusat layanan yang membantu pekerja.
home-complaints-desc = Laporkan masalah dan ikuti kasus Anda, juga lintas negara.
home-statistics-desc = Angka resmi pekerja migran, menurut negara dan jenis kelamin.
home-trust = Setiap halaman menunjukkan sumber informasinya dan kapan terakhir diperiksa.
home-urgent = Dalam bahaya sekarang? Hubungi polisi atau hotline di negara tempat Anda berada.

## Sections that are not ready yet
section-building = Bagian portal ini sedang dibuat. Silakan kembali lagi nanti.

## Sample data
sample-banner = Data contoh: portal ini menampilkan informasi contoh untuk uji coba. Jangan mengandalkannya.

## Footer
footer-about = lmip adalah perangkat lunak sumber terbuka yang gratis, dijalankan oleh kementerian ketenagakerjaan, badan regional, dan LSM.
footer-privacy = Kami mengumpulkan data pribadi sesedikit mungkin.

## Errors
error-not-found-title = Halaman tidak ditemukan
error-not-found-body = Kami tidak dapat menemukan halaman ini. Mungkin sudah dipindahkan, atau alamatnya salah.
error-server-title = Terjadi kesalahan
error-server-body = Ini kesalahan kami, bukan kesalahan Anda. Silakan coba lagi beberapa menit lagi.
error-unavailable-title = Belum bisa digunakan saat ini
error-unavailable-body = Portal tidak dapat menjawab saat ini. Silakan coba lagi beberapa menit lagi.
error-bad-request-title = Kami tidak memahami permintaan ini
error-bad-request-body = Silakan periksa alamat atau formulir, lalu coba lagi.
error-go-home = Ke beranda
error-reference = Nomor referensi: { $id }
untranslated-note = Belum diterjemahkan ke bahasa Anda

## Accounts and back office
account-sign-in-title = Masuk
account-sign-in-intro = Untuk staf kementerian, serikat pekerja, LSM, dan organisasi lain yang mengelola portal ini.
account-email = Alamat email
account-password = Kata sandi
account-sign-in = Masuk
account-set-password-title = Pilih kata sandi Anda
account-set-password-rules = Gunakan minimal 12 karakter. Beberapa kata yang tidak saling berhubungan menjadi kata sandi yang kuat dan mudah diingat.
account-password-repeat = Kata sandi yang sama sekali lagi
account-save-password = Simpan kata sandi
account-password-saved = Kata sandi Anda sudah disimpan. Sekarang Anda bisa masuk.
account-sign-out = Keluar
account-sessions-title = Tempat Anda sedang masuk
account-sessions-device = Peramban
account-sessions-started = Masuk pada
account-sessions-last-seen = Terakhir aktif
account-sessions-current = peramban ini
account-sign-out-everywhere = Keluar dari semua perangkat
account-error-too-short = Kata sandi terlalu pendek: gunakan minimal 12 karakter.
account-error-too-long = Kata sandi terlalu panjang: gunakan paling banyak 128 karakter.
account-error-common = Kata sandi ini termasuk yang paling umum, yang dicoba penyerang lebih dulu. Pilih yang lain.
account-error-differ = Kedua kata sandi tidak sama.
account-error-throttled = Terlalu banyak percobaan. Tunggu { $minutes } menit, lalu coba lagi.
account-error-credentials = Alamat email atau kata sandi tidak benar.
office-title = Kantor belakang
office-signed-in-as = Masuk sebagai { $email }
office-roles = Organisasi dan peran Anda
office-no-roles = Anda belum memiliki peran di organisasi mana pun. Tanyakan kepada administrator.
office-queues = Daftar pekerjaan Anda (konten untuk ditinjau, kiriman statistik, dan kasus) akan muncul di sini.
error-forbidden-title = Formulir ini tidak dapat dikirim
error-forbidden-body = Formulir sudah kedaluwarsa atau tidak berasal dari situs ini. Kembali, muat ulang halaman, lalu coba lagi.
audit-title = Log audit
audit-intro = Setiap perubahan dan proses masuk, berurutan, dirangkai agar perubahan diam-diam terlihat. Periksa rantainya dengan: lmip audit verify
audit-action = Tindakan diawali dengan
audit-entity = Jenis catatan
audit-filter = Saring
audit-when = Waktu (UTC)
audit-who = Siapa
audit-what = Apa
audit-details = Rincian
audit-older = Entri lebih lama
account-error-link = Tautan ini tidak dapat digunakan: mungkin sudah kedaluwarsa atau sudah dipakai. Minta tautan baru lewat "Lupa kata sandi?" di halaman masuk, atau tanyakan kepada administrator.
account-forgot-link = Lupa kata sandi?
account-forgot-title = Buat kata sandi baru
account-forgot-intro = Masukkan alamat email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru. Tautan berlaku 30 menit.
account-forgot-send = Kirim tautan
account-forgot-sent = Jika alamat ini memiliki akun, tautan sedang dikirim. Periksa email Anda, termasuk folder spam. Tautan berlaku 30 menit.
account-error-email = Ini bukan alamat email. Periksa dan coba lagi.
account-code-title = Masukkan kode
account-code-intro = Buka aplikasi autentikator di ponsel Anda dan masukkan kode 6 angka yang ditampilkan untuk portal ini.
account-code = Kode 6 angka
account-error-code = Kode ini salah atau sudah dipakai. Tunggu kode berikutnya lalu masukkan.
account-error-sign-in-expired = Proses masuk terlalu lama. Mulai lagi dengan kata sandi Anda.
account-confirm-title = Masukkan kata sandi lagi
account-confirm-intro = Untuk perubahan ini, masukkan kata sandi Anda sekali lagi. Kami memintanya jika Anda masuk lebih dari 15 menit yang lalu.
account-confirm = Lanjutkan
account-two-factor-title = Verifikasi dua langkah
account-two-factor-intro = Verifikasi dua langkah melindungi akun Anda meskipun orang lain tahu kata sandi Anda. Pasang aplikasi autentikator di ponsel, pindai kode ini, lalu masukkan kode 6 angka dari aplikasi.
account-two-factor-secret = Jika tidak bisa memindai, ketik kunci ini di aplikasi:
account-two-factor-turn-on = Aktifkan
account-two-factor-turn-off = Matikan
account-two-factor-is-on = Akun Anda memakai verifikasi dua langkah. Untuk mematikannya, masukkan kode dari aplikasi.
account-two-factor-on = Verifikasi dua langkah aktif. Mulai sekarang Anda memasukkan kode saat masuk.
account-two-factor-off = Verifikasi dua langkah dimatikan.
account-two-factor-required = Organisasi Anda mewajibkan verifikasi dua langkah. Atur sekarang untuk melanjutkan.
account-error-second-factor-mandatory = Organisasi Anda mewajibkan verifikasi dua langkah, jadi tidak dapat dimatikan.
role-admin = Administrator
role-editor = Editor
role-reviewer = Peninjau
role-stats-focal-point = Narahubung statistik
role-stats-approver = Penyetuju statistik
role-caseworker = Petugas kasus
role-case-supervisor = Supervisor kasus
role-agency-rep = Perwakilan agen perekrutan
role-unknown = Peran tidak dikenal
org-kind-ministry = Kementerian
org-kind-overseas-employment-agency = Badan penempatan kerja luar negeri
org-kind-embassy = Kedutaan atau atase ketenagakerjaan
org-kind-statistics-office = Badan statistik
org-kind-trade-union = Serikat pekerja
org-kind-ngo = Organisasi nonpemerintah
org-kind-resource-centre = Pusat layanan pekerja migran
org-kind-recruitment-agency = Agen perekrutan
org-kind-employer = Pemberi kerja
org-kind-regional-body = Badan regional
org-kind-operator = Pengelola portal
office-error-last-admin = Ini administrator terakhir organisasi. Jadikan orang lain administrator terlebih dahulu.
office-error-not-member = Orang ini bukan anggota organisasi. Undang dia sebagai gantinya.
office-error-name = Beri nama sepanjang 1 sampai 200 karakter.
office-error-token-roles = Pilih setidaknya satu peran. Token tidak boleh menjadi administrator.
office-error-token-name = Beri token nama sepanjang 1 sampai 100 karakter yang menyebut program pemakainya.
office-error-slug = Nama pendek hanya boleh berisi 2 sampai 40 huruf kecil a-z, angka, dan tanda hubung, misalnya dol-thailand.
office-error-country = Gunakan kode negara dua huruf, misalnya TH atau KH, atau kosongkan.
office-error-choice = Salah satu pilihan tidak valid. Muat ulang halaman dan coba lagi.
office-error-taken = Nama pendek ini sudah dipakai. Pilih yang lain.
office-organisations-title = Organisasi
office-new-organisation = Tambah organisasi
office-org-name = Nama lengkap
office-org-slug = Nama pendek (untuk alamat web)
office-org-kind = Jenis
office-org-country = Kode negara (opsional)
office-create = Tambah
office-members = Anggota
office-member-roles = Peran
office-status-invited = diundang
office-withdraw = Hapus
office-grant = Tambah peran
office-invite = Undang seseorang
office-invite-intro = Kami akan mengirim email berisi tautan untuk bergabung. Jika belum punya akun, tautan itu untuk membuat kata sandi; berlaku 7 hari.
office-role = Peran
office-invite-send = Kirim undangan
office-second-factor-required = Anggota wajib memakai verifikasi dua langkah.
office-second-factor-optional-now = Verifikasi dua langkah opsional bagi anggota.
office-second-factor-require = Wajibkan verifikasi dua langkah
office-second-factor-optional = Jadikan opsional
office-tokens = Token API
office-tokens-intro = Token memungkinkan program, misalnya skrip unggah statistik, memakai portal atas nama organisasi ini. Setiap token hanya memiliki peran yang Anda pilih.
office-token-name = Dipakai oleh
office-token-last-used = Terakhir dipakai
office-token-revoked = dicabut
office-token-revoke = Cabut
office-token-create = Buat token
office-token-once = Salin token ini sekarang dan simpan dengan aman. Token tidak akan ditampilkan lagi.
office-token-made = Token telah dibuat.
office-invited = Undangan telah dikirim.
office-saved = Tersimpan.
office-administer = Organisasi yang Anda kelola
office-your-account = Akun Anda
mail-reset-subject = Buat kata sandi baru
mail-reset-body =
    Seseorang meminta kata sandi baru untuk akun Anda di portal ini.
    Jika itu Anda, buka tautan ini dalam { $minutes } menit:
    
    { $link }
    
    Jika bukan Anda, abaikan pesan ini. Kata sandi Anda tidak berubah.
mail-invite-subject = Anda diundang bergabung dengan { $org }
mail-invite-body =
    Anda diundang bergabung dengan { $org } di portal migrasi tenaga kerja, sebagai { $role }.
    Buka tautan ini untuk membuat kata sandi. Tautan berlaku sampai { $expires }:
    
    { $link }
    
    Jika Anda tidak menunggu pesan ini, abaikan saja.
mail-role-added-subject = Anda mendapat peran baru di { $org }
mail-role-added-body =
    Anda sekarang memiliki peran { $role } di { $org } pada portal migrasi tenaga kerja.
    Masuk di sini:
    
    { $link }

# Statistics submissions (back office).
office-statistics = Pengiriman data statistik
stats-submissions-title = Pengiriman data statistik
stats-upload-for = Kirim data statistik untuk { $org }
stats-upload-intro = Pilih tabel dan tahun, lalu berkasnya: kuesioner XLSX, CSV (format SDMX-CSV atau ILOSTAT) atau SDMX-ML. Kami memeriksanya dan menampilkan laporan. Tidak ada yang diterbitkan sampai penyetuju menerimanya.
stats-flow = Tabel
stats-period = Tahun
stats-period-help = Satu tahun, misalnya 2024, atau rentang, misalnya 2020-2024.
stats-encoding = Pengodean teks
stats-encoding-auto = Deteksi otomatis
stats-file = Berkas
stats-upload = Kirim dan periksa
stats-recent = Pengiriman terbaru
stats-none = Belum ada pengiriman.
stats-submitted-at = Dikirim
stats-organisation = Organisasi
stats-status = Status
stats-format = Jenis berkas
stats-counts = Jumlah
stats-observations = { $n } nilai
stats-errors = { $n } kesalahan
stats-warnings = { $n } peringatan
stats-report = Laporan pemeriksaan
stats-report-clean = Tidak ada masalah.
stats-severity = Jenis
stats-where = Di mana
stats-what = Apa
stats-error = Kesalahan
stats-warning = Peringatan
stats-sheet = lembar
stats-row = baris
stats-column = kolom
stats-preview = Nilai pertama
stats-series = Seri
stats-value = Nilai
stats-decide = Keputusan
stats-accept-warnings = Saya sudah membaca peringatan dan menerimanya.
stats-publish = Terbitkan
stats-reject-reason = Alasan untuk pengirim (opsional)
stats-reject = Kembalikan
stats-status-waiting = Menunggu penyetuju
stats-status-errors = Ada kesalahan: kirim berkas yang sudah diperbaiki
stats-status-released = Diterbitkan
stats-status-rejected = Dikembalikan
stats-done-released = Diterbitkan sebagai rilis baru.
stats-done-rejected = Dikembalikan kepada pengirim.
stats-error-flow = Pilih tabel dari daftar.
stats-error-period = Isi satu tahun, misalnya 2024, atau rentang, misalnya 2020-2024.
stats-error-encoding = Pilih pengodean teks dari daftar.
stats-error-decided = Seseorang sudah memutuskan pengiriman ini.
stats-error-has-errors = Berkas ini memiliki kesalahan. Tidak dapat diterbitkan. Kembalikan.
stats-error-accept-warnings = Berkas ini memiliki peringatan. Centang kotak untuk menerimanya sebelum menerbitkan.
stats-error-own = Anda sendiri yang mengirim berkas ini. Penyetuju lain harus memutuskan.
stats-error-no-file = Pilih berkas untuk dikirim.
stats-problem-too-large = Berkas lebih besar dari { $limit } MB. Bagi menjadi berkas yang lebih kecil.
stats-problem-too-many-rows = Berkas memiliki lebih dari { $limit } baris. Bagi menjadi berkas yang lebih kecil.
stats-problem-too-many-columns = Berkas memiliki lebih dari { $limit } kolom.
stats-problem-field-too-long = Sel ini lebih panjang dari { $limit } karakter.
stats-problem-unreadable = Berkas tidak dapat dibaca: { $reason }
stats-problem-bad-encoding = Teks di sini bukan { $encoding }. Pilih pengodean berkas (bahasa Thai biasanya Windows-874, bahasa Vietnam Windows-1258) lalu kirim lagi.
stats-problem-unsupported-format = Berkas ini tidak dapat dibaca di sini ({ $format }). Simpan tabel sebagai CSV UTF-8 lalu kirim berkas itu.
stats-problem-unknown-layout = Judul kolom ({ $columns }) bukan format SDMX-CSV atau ILOSTAT.
stats-problem-missing-column = Kolom { $column } tidak ada.
stats-problem-unknown-column = Kolom { $column } bukan bagian dari tabel ini. Hapus kolom itu.
stats-problem-repeated-column = Kolom { $column } ada dua kali.
stats-problem-ragged-row = Baris ini memiliki { $found } sel; judul memiliki { $expected }.
stats-problem-unbalanced-quote = Tanda kutip dibuka di sini dan tidak pernah ditutup.
stats-problem-wrong-flow = Berkas ini untuk { $found }, bukan untuk { $expected }.
stats-problem-unsupported-action = Tindakan { $action } tidak dapat dipakai di sini. Gunakan I (tambah) atau R (ganti).
stats-problem-xml-doctype = XML memiliki deklarasi jenis dokumen. Demi keamanan, berkas seperti itu ditolak.
stats-problem-xml-namespace = XML bukan SDMX-ML 2.1 (namespace-nya { $found }).
stats-problem-xml-malformed = XML rusak di sini: { $reason }
stats-problem-not-sdmx-data = XML ini adalah pesan { $root }, bukan data SDMX.
stats-problem-no-data = Berkas tidak berisi nilai.
stats-problem-unknown-code = { $code } bukan kode { $component }.
stats-problem-duplicate-key = { $key } untuk { $period } sudah ada di baris { $first_row }.
stats-problem-not-a-number = { $value } bukan angka.
stats-problem-negative = { $value } negatif. Jumlah tidak boleh di bawah nol.
stats-problem-missing-value = Nilainya kosong. Isi angka, atau status observasi yang menjelaskan mengapa tidak ada.
stats-problem-bad-period = { $value } bukan periode untuk frekuensi { $frequency } (tahun ditulis seperti 2024).
stats-problem-period-out-of-range = { $value } di luar tahun pengiriman ini ({ $first } sampai { $last }).
stats-problem-missing-attribute = { $attribute } wajib diisi tetapi kosong.
stats-problem-conflicting-attribute = { $attribute } bernilai { $first } di baris sebelumnya dari seri ini dan { $found } di sini.
stats-problem-total-mismatch = Total { $key } untuk { $period } adalah { $total }, tetapi jumlah bagiannya { $parts }.
stats-problem-jump = { $key } untuk { $period } adalah { $value }; angka yang diterbitkan { $previous } (berbeda { $factor } kali).
stats-problem-more-of-the-same = Masih ada { $more } temuan seperti di atas yang tidak ditampilkan. Perbaiki yang di atas lalu kirim berkas lagi.
stats-problem-not-a-questionnaire = Buku kerja ini bukan kuesioner lmip: tidak ada lembar { $sheet } berisi tabel. Buat kuesioner dari templat lalu isi kuesioner itu.
stats-problem-archive-bomb = Buku kerja ini terurai menjadi data yang jauh lebih banyak daripada yang dapat dimuat sebuah kuesioner. Demi keamanan, buku kerja ini ditolak.
stats-template-instructions = Cara mengisi kuesioner ini
stats-template-step-for = Kuesioner ini untuk tabel { $flow }, untuk { $country }, tahun { $year }. Jangan ubah nilai di bagian atas lembar tabel atau judul kolomnya.
stats-template-step-rows = Tulis satu baris per negara: pilih negara di kolom pertama dari daftar.
stats-template-step-numbers = Tulis jumlah orang saja, tanpa spasi atau pemisah ribuan. Biarkan sel kosong jika Anda tidak tahu nilainya.
stats-template-step-totals = Total harus sama dengan jumlah bagiannya (laki-laki dan perempuan).
stats-template-step-send = Kirim berkas dari kantor belakang, di menu Pengiriman data statistik. Anda akan menerima laporan yang menunjukkan setiap masalah dan letaknya.
stats-template-flow = Tabel
stats-template-frequency = Frekuensi
stats-template-country = Negara
stats-template-year = Tahun
stats-template-unit = Satuan
stats-template-partner = Negara mitra
stats-template-value = Nilai
stats-template-note = Catatan

# Statistics explorer and country profiles (public).
stats-flow-mig-stock = Pekerja migran yang tinggal di luar negeri (stok)
stats-flow-mig-outflow = Warga negara yang berangkat bekerja ke luar negeri
stats-flow-mig-inflow = Pekerja migran yang datang
stats-flow-mig-return = Pekerja migran yang pulang
stats-flow-remit = Remitansi
stats-flow-complaints = Pengaduan pekerja migran
stats-unit-persons = orang
stats-unit-thousand-persons = ribu orang
stats-unit-usd = dolar AS
stats-unit-million-usd = juta dolar AS
stats-profile-abroad = Warganya yang tinggal di luar negeri, menurut negara
stats-profile-migrants = Migran yang tinggal di sini, menurut negara asal
stats-profile-departures = Berangkat bekerja ke luar negeri, menurut tujuan
stats-profile-remittances = Remitansi yang diterima, menurut negara pengirim
stats-explorer-title = Statistik
stats-explorer-intro = Angka resmi tentang pekerja migran. Pilih yang ingin dilihat lalu tekan Tampilkan. Anda dapat mengunduh angkanya atau membagikan tautannya.
stats-area = Negara
stats-partner = Negara mitra
stats-all-partners = Semua negara mitra
stats-breakdown = Kelompok
stats-from = Dari tahun
stats-to = Sampai tahun
stats-show = Tampilkan
stats-no-figures = Belum ada angka untuk pilihan ini.
stats-unit = Satuan
stats-sources = Sumber
stats-download-csv = Unduh angka ini (CSV)
stats-download-xlsx = Unduh angka ini (Excel)
stats-permalink = Tautan ke tampilan ini
stats-sdmx-query = Data yang sama untuk perangkat lunak statistik (SDMX)
stats-country-profile = Profil negara
stats-total = Total
stats-explore-more = Lihat semua angka
stats-template-title = Kuesioner
stats-template-intro = Unduh kuesioner Excel untuk satu tabel dan satu tahun, isi, lalu kirim kembali dengan formulir di atas.
stats-template-download = Unduh kuesioner (Excel)
stats-country-code = Negara (kode dua huruf, misalnya KH)
stats-error-country = Isi kode dua huruf negara yang angkanya dilaporkan, misalnya KH atau TH.
