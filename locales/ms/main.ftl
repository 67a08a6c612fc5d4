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
account-error-link = Pautan ini tidak boleh digunakan: mungkin telah tamat tempoh atau telah digunakan. Minta pautan baharu daripada pentadbir.
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
