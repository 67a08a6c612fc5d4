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
account-error-link = Tautan ini tidak dapat digunakan: mungkin sudah kedaluwarsa atau sudah dipakai. Mintalah tautan baru kepada administrator.
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
